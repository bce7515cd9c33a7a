package nl.weerbaarbestuur.ontour.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningWarning;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.stereotype.Component;

/** Turns planning's sessions into the API's JSON shapes. */
@Component
class SessionViews {

    private final ProvinceService provinces;
    private final SeatCounts seatCounts;
    private final Translations translations;

    SessionViews(ProvinceService provinces, SeatCounts seatCounts, Translations translations) {
        this.provinces = provinces;
        this.seatCounts = seatCounts;
        this.translations = translations;
    }

    Map<String, String> provinceNames() {
        return provinces.all().stream().collect(Collectors.toMap(Province::getCode, Province::getName));
    }

    /** The seats of these sessions, read in one go for a list. */
    Map<Long, SeatCounts.Count> seats(List<SessionFacts> sessions) {
        return seatCounts.of(sessions.stream().map(SessionFacts::id).toList());
    }

    PublicSessionView publicView(SessionFacts s, Map<String, String> provinceNames) {
        return publicView(s, provinceNames, seatCounts.of(s.id()));
    }

    PublicSessionView publicView(SessionFacts s, Map<String, String> provinceNames, SeatCounts.Count seats) {
        var place = s.place();
        var venue = place.name() == null ? null
                : new VenueView(null, place.name(), place.address(), place.room(), place.accessibilityNotes());
        return new PublicSessionView(SessionBasics.of(s, provinceNames.get(s.provinceCode())), venue,
                seats.seatsLeft(s.capacity()), seats.waitlisted(), s.status(), ApiTime.out(s.registrationOpensAt()),
                ApiTime.out(s.registrationClosesAt()));
    }

    /** Needs a session loaded with its tour, venue and trainers ({@code SessionService.get}). */
    SessionView organiserView(TrainingSession s, List<PlanningWarning> warnings, Locale locale) {
        var seats = seatCounts.of(s.getId());
        var province = provinces.find(s.getProvinceCode()).map(Province::getName).orElse(null);
        var trainerIds = s.getTrainers().stream().map(Trainer::getId).collect(Collectors.toCollection(java.util.TreeSet::new));
        var warningViews = warnings.stream().map(w -> new SessionView.WarningView(w.kind().name(),
                translations.getTranslation(w.messageKey(), locale, w.arguments().toArray()))).toList();
        return new SessionView(SessionBasics.of(s, province), s.getVersion(), s.getTour().getName(),
                VenueView.of(s.getVenue()), s.getMeetingUrl(), seats.seatsLeft(s.getCapacity()), seats.waitlisted(),
                trainerIds, ApiTime.out(s.getRegistrationOpensAt()), ApiTime.out(s.getRegistrationClosesAt()),
                s.isGriffieApprovalRequired(), s.getStatus(), s.getCancellationReason(), warningViews);
    }
}
