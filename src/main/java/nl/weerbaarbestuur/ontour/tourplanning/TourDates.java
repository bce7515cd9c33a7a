package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A griffie tells, for its own province and a tour, which dates do not suit (each with a short
 * reason) and when it prefers a session. An organiser may do it on the griffie's behalf. The
 * province is checked here, not only in the view: a griffie of another province is refused.
 * Saving marks the province as answered, also with no dates at all ("every date suits"). The
 * reasons are never logged: they are not personal data, but may be sensitive.
 */
@Service
public class TourDates {

    private static final Logger log = LoggerFactory.getLogger(TourDates.class);

    private final ProvinceWishRepository wishes;
    private final TourService tours;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final Clock clock;

    TourDates(ProvinceWishRepository wishes, TourService tours, ProvinceService provinces, CurrentUser currentUser, Clock clock) {
        this.wishes = wishes;
        this.tours = tours;
        this.provinces = provinces;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A date that does not suit, and why ("Statenvergadering"); the reason may be empty. */
    public record UnsuitableDate(LocalDate date, String reason) {
    }

    /** What a griffie saves: all its unsuitable dates (replacing the earlier ones) and its preferences. */
    public record Answer(List<UnsuitableDate> dates, @Nullable PartOfDay partOfDay, Set<DayOfWeek> weekdays) {
        public Answer {
            dates = List.copyOf(dates);
            weekdays = Set.copyOf(weekdays);
        }
    }

    /**
     * What the griffie's page shows: the tour's period, the dates given so far (in date order), the
     * preferences, and when it was answered (null: not yet).
     */
    public record Form(long tourId, String tourName, LocalDate firstDay, LocalDate lastDay, String provinceCode,
                       String provinceName, List<UnsuitableDate> dates, @Nullable PartOfDay partOfDay,
                       Set<DayOfWeek> weekdays, int sessionsWanted, @Nullable Instant answeredAt) {
        public Form {
            dates = List.copyOf(dates);
            weekdays = Set.copyOf(weekdays);
        }

        public boolean answered() {
            return answeredAt != null;
        }
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public Form form(long tourId, String provinceCode) {
        var province = allowed(provinceCode);
        var tour = tours.get(tourId);
        return wishes.findByTourIdAndProvinceCode(tourId, province.getCode())
                .map(wish -> form(tour, province, wish))
                .orElseGet(() -> new Form(tourId, tour.getName(), tour.getStartsOn(), tour.getEndsOn(), province.getCode(),
                        province.getName(), List.of(), null, Set.of(), 1, null));
    }

    /**
     * Saves the griffie's answer for the province and marks it answered.
     *
     * @param seenAnsweredAt when the answer the user started from was saved (null: there was none); when
     *                       someone else saved in between, the save is refused and nothing is lost
     * @throws InvalidInputException   a date outside the tour, twice, or a reason too long or with control characters
     * @throws AccessDeniedException   for a griffie of another province
     * @throws BusinessRuleException   when someone else saved an answer in the meantime
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Form answer(long tourId, String provinceCode, Answer answer, @Nullable Instant seenAnsweredAt) {
        var province = allowed(provinceCode);
        var tour = tours.get(tourId);
        var dates = check(answer, tour);
        var wish = wishes.findByTourIdAndProvinceCode(tourId, province.getCode())
                .orElseGet(() -> new ProvinceWish(tourId, province.getCode()));
        if (wish.isAnswered() && !Objects.equals(wish.getAnsweredAt(), seenAnsweredAt)) {
            throw new BusinessRuleException("tourplanning.input.error.changed");
        }
        var user = currentUser.require();
        wish.answer(dates, answer.partOfDay(), answer.weekdays(), clock.instant().truncatedTo(ChronoUnit.MICROS), user.id());
        var saved = wishes.save(wish);
        log.info("Tour planning input for tour {} province {} saved by account {}: {} unsuitable date(s)", tourId,
                province.getCode(), user.id(), dates.size());
        return form(tour, province, saved);
    }

    /**
     * Reads a pasted or uploaded list of dates against the tour's period; stores nothing. The page
     * adds the dates of a list without problems to what the griffie is entering.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public DateList.Report readList(long tourId, String text) {
        var tour = tours.get(tourId);
        return DateList.parse(text, tour.getStartsOn(), tour.getEndsOn());
    }

    /**
     * Reads an uploaded file against the tour's period; stores nothing. A calendar export (.ics, or a
     * file that starts as one) gives the days of its events, with their titles as reasons, leaving out
     * the days outside the tour; any other text file is read as a pasted list. A file larger than
     * {@link InputFiles#MAX_BYTES}, or one that is not text, is refused as a whole.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public DateList.Report readFile(long tourId, String fileName, byte[] content) {
        var tour = tours.get(tourId);
        if (content.length > InputFiles.MAX_BYTES) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.file.too-big", InputFiles.maxKilobytes()));
        }
        var text = InputFiles.text(content);
        if (text.isEmpty()) {
            return DateList.Report.refused(InputProblem.of("tourplanning.input.file.not-text"));
        }
        return InputFiles.isCalendar(fileName, text.get())
                ? CalendarDates.parse(text.get(), tour.getStartsOn(), tour.getEndsOn())
                : DateList.parse(text.get(), tour.getStartsOn(), tour.getEndsOn());
    }

    /** What is wrong with a reason, for a form that checks it as it is typed: too long, or control characters. */
    public static List<InputProblem> reasonProblems(String reason) {
        return InputText.shortText(reason, InputText.REASON_MAX, "tourplanning.input.reason.too-long",
                "tourplanning.input.reason.unsafe");
    }

    /** The province, when the signed-in user may speak for it. */
    private Province allowed(String provinceCode) {
        var user = currentUser.require();
        if (!user.covers(provinceCode)) {
            throw new AccessDeniedException("griffie of another province");
        }
        return provinces.all().stream().filter(p -> p.getCode().equals(provinceCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("province", provinceCode));
    }

    private static LinkedHashMap<LocalDate, String> check(Answer answer, Tour tour) {
        var errors = new ArrayList<FieldError>();
        var result = new LinkedHashMap<LocalDate, String>();
        if (answer.dates().size() > DateList.MAX_LINES) {
            throw new InvalidInputException(List.of(new FieldError("dates", "tourplanning.input.list.too-many", DateList.MAX_LINES)));
        }
        var seen = new HashSet<LocalDate>();
        for (var given : answer.dates()) {
            var date = given.date();
            if (date.isBefore(tour.getStartsOn()) || date.isAfter(tour.getEndsOn())) {
                errors.add(new FieldError("dates", "tourplanning.input.error.outside", date, tour.getStartsOn(), tour.getEndsOn()));
            } else if (!seen.add(date)) {
                errors.add(new FieldError("dates", "tourplanning.input.error.duplicate", date));
            }
            var reason = given.reason() == null ? "" : given.reason().strip();
            for (var problem : reasonProblems(reason)) {
                errors.add(new FieldError("reason", problem.key(), problem.args().toArray()));
            }
            result.put(date, reason);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    private static Form form(Tour tour, Province province, ProvinceWish wish) {
        var dates = wish.getUnsuitableDates().entrySet().stream()
                .map(e -> new UnsuitableDate(e.getKey(), e.getValue())).toList();
        return new Form(tour.getId(), tour.getName(), tour.getStartsOn(), tour.getEndsOn(), province.getCode(),
                province.getName(), dates, wish.getPartOfDay(), wish.getWeekdays(), wish.getSessionsWanted(),
                wish.getAnsweredAt());
    }
}
