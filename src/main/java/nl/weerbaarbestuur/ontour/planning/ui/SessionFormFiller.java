package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.planning.Venue;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * Moves values between a {@link SessionPlan} and the fields of a {@link SessionForm}, and keeps
 * the venue choices in step with the province: the provinciehuis first, and preselected.
 */
final class SessionFormFiller {

    /** A new session starts as a typical weekday evening session (DOMAIN.md: 19:00-21:30). */
    static final LocalTime DEFAULT_START = LocalTime.of(19, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(21, 30);
    static final int DEFAULT_CAPACITY = 30;

    private final SessionForm form;
    private final Function<String, List<Venue>> venueOptions;
    private List<Tour> tours = List.of();
    private List<Province> provinces = List.of();
    private List<Trainer> trainers = List.of();
    private List<Venue> venues = List.of();

    SessionFormFiller(SessionForm form, Function<String, List<Venue>> venueOptions) {
        this.form = form;
        this.venueOptions = venueOptions;
        form.format.setItems(SessionFormat.values());
        form.format.setItemLabelGenerator(f -> form.getTranslation("format." + f.name()));
        form.audience.setItems(Audience.values());
        form.audience.setItemLabelGenerator(a -> form.getTranslation("audience." + a.name()));
        form.tour.setItemLabelGenerator(Tour::getName);
        form.province.setItemLabelGenerator(Province::getName);
        form.trainers.setItemLabelGenerator(t -> t.getOrganisation() == null ? t.getName()
                : t.getName() + " (" + t.getOrganisation() + ")");
        form.venue.setItemLabelGenerator(v -> v.getName() + " – " + v.address());
    }

    static <C extends Component & HasLabel> void label(C field, String key, String id) {
        field.setLabel(field.getTranslation(key));
        field.setId(id);
    }

    void choices(List<Tour> allTours, List<Province> allProvinces, List<Trainer> allTrainers) {
        tours = allTours;
        provinces = allProvinces;
        trainers = allTrainers;
        form.tour.setItems(tours);
        form.province.setItems(provinces);
        form.trainers.setItems(trainers);
    }

    /** Defaults for a new session, with what the caller already knows (from the map, list or calendar). */
    void prefill(Long tourId, String provinceCode, LocalDate date) {
        // The view may be reused (from one session to a new one): start from empty fields.
        form.title.clear();
        form.topic.clear();
        form.description.clear();
        form.meetingUrl.clear();
        form.trainers.clear();
        form.registrationOpens.clear();
        form.registrationCloses.clear();
        form.griffieApproval.clear();
        form.tour.setValue(tours.stream().filter(t -> t.getId().equals(tourId)).findFirst()
                .orElse(tours.isEmpty() ? null : tours.getFirst()));
        form.province.setValue(provinces.stream().filter(p -> p.getCode().equalsIgnoreCase(provinceCode)).findFirst().orElse(null));
        form.date.setValue(date);
        form.start.setValue(DEFAULT_START);
        form.end.setValue(DEFAULT_END);
        form.format.setValue(SessionFormat.IN_PERSON);
        form.capacity.setValue(DEFAULT_CAPACITY);
        form.audience.setValue(Audience.BOTH);
    }

    void fill(SessionPlan plan) {
        form.tour.setValue(tours.stream().filter(t -> t.getId().equals(plan.tourId())).findFirst().orElse(null));
        form.province.setValue(provinces.stream().filter(p -> p.getCode().equals(plan.provinceCode())).findFirst().orElse(null));
        form.venue.setValue(venues.stream().filter(v -> v.getId().equals(plan.venueId())).findFirst().orElse(null));
        form.title.setValue(plan.title());
        form.topic.setValue(Objects.requireNonNullElse(plan.topic(), ""));
        form.description.setValue(Objects.requireNonNullElse(plan.description(), ""));
        var start = DutchTime.inAmsterdam(plan.startsAt());
        form.date.setValue(start.toLocalDate());
        form.start.setValue(start.toLocalTime());
        form.end.setValue(DutchTime.inAmsterdam(plan.endsAt()).toLocalTime());
        form.format.setValue(plan.format());
        form.meetingUrl.setValue(Objects.requireNonNullElse(plan.meetingUrl(), ""));
        form.capacity.setValue(plan.capacity());
        form.audience.setValue(plan.audience());
        form.trainers.setValue(trainers.stream().filter(t -> plan.trainerIds().contains(t.getId())).collect(Collectors.toSet()));
        form.registrationOpens.setValue(Pickers.local(plan.registrationOpensAt()));
        form.registrationCloses.setValue(Pickers.local(plan.registrationClosesAt()));
        form.griffieApproval.setValue(plan.griffieApprovalRequired());
    }

    /** What the organiser entered; missing parts stay null and the service says what is missing. */
    SessionPlan plan() {
        var date = form.date.getValue();
        var chosenFormat = form.format.getValue();
        var trainerIds = new HashSet<Long>();
        form.trainers.getValue().forEach(t -> trainerIds.add(t.getId()));
        return new SessionPlan(
                form.tour.getValue() == null ? null : form.tour.getValue().getId(),
                form.province.getValue() == null ? null : form.province.getValue().getCode(),
                form.title.getValue(), form.topic.getValue(), form.description.getValue(),
                Pickers.instant(date, form.start.getValue()), Pickers.instant(date, form.end.getValue()),
                chosenFormat != null && chosenFormat.hasVenue() && form.venue.getValue() != null ? form.venue.getValue().getId() : null,
                chosenFormat,
                chosenFormat != null && chosenFormat.hasMeetingLink() ? form.meetingUrl.getValue() : null,
                form.capacity.getValue(), form.audience.getValue(), trainerIds,
                Pickers.instant(form.registrationOpens.getValue()), Pickers.instant(form.registrationCloses.getValue()),
                form.griffieApproval.getValue());
    }

    void provinceChanged(Province chosen) {
        venues = chosen == null ? List.of() : venueOptions.apply(chosen.getCode());
        form.venue.setItems(venues);
        form.venue.setValue(venues.isEmpty() ? null : venues.getFirst());
    }
}
