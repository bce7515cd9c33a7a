package nl.weerbaarbestuur.ontour.planning;

import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The planning rules. Refusals (bad input, end before start, a registration window closing after
 * the start, a capacity below the confirmed registrations) stop a save; warnings (a trainer booked
 * twice or far apart on one day, a venue used twice, a public holiday, a province without a
 * session) are shown before saving and may be accepted.
 */
@Component
class PlanningRules {

    /** Two sessions of one trainer on one day further apart than this (capital to capital) warn. */
    static final double FAR_APART_KM = 100;

    private final TrainingSessionRepository sessions;
    private final TourRepository tours;
    private final VenueRepository venues;
    private final TrainerRepository trainers;
    private final ProvinceService provinces;
    private final ObjectProvider<SeatsTaken> seatsTaken;
    private final Clock clock;

    PlanningRules(TrainingSessionRepository sessions, TourRepository tours, VenueRepository venues,
                  TrainerRepository trainers, ProvinceService provinces,
                  ObjectProvider<SeatsTaken> seatsTaken, Clock clock) {
        this.sessions = sessions;
        this.tours = tours;
        this.venues = venues;
        this.trainers = trainers;
        this.provinces = provinces;
        this.seatsTaken = seatsTaken;
        this.clock = clock;
    }

    /** Throws {@link InvalidInputException} with every problem at once; returns normally when the plan may be saved. */
    void refuseInvalid(SessionPlan plan, @Nullable TrainingSession existing) {
        var errors = new ArrayList<FieldError>();
        if (plan.tourId() == null || !tours.existsById(plan.tourId())) {
            errors.add(new FieldError("tourId", "session.error.tour-required"));
        }
        if (plan.provinceCode() == null || provinces.find(plan.provinceCode()).isEmpty()) {
            errors.add(new FieldError("province", "session.error.province-required"));
        }
        FieldChecks.text(errors, "title", plan.title(), SessionPlan.TITLE_MAX, true);
        FieldChecks.text(errors, "topic", plan.topic(), SessionPlan.TOPIC_MAX, false);
        FieldChecks.text(errors, "description", plan.description(), SessionPlan.DESCRIPTION_MAX, false);
        if (plan.startsAt() == null) {
            errors.add(new FieldError("startsAt", "session.error.start-required"));
        }
        if (plan.endsAt() == null) {
            errors.add(new FieldError("endsAt", "session.error.end-required"));
        }
        if (plan.startsAt() != null && plan.endsAt() != null) {
            if (!plan.endsAt().isAfter(plan.startsAt())) {
                errors.add(new FieldError("endsAt", "session.error.end-before-start"));
            } else if (plan.endsAt().getEpochSecond() - plan.startsAt().getEpochSecond() > 24 * 3600) {
                errors.add(new FieldError("endsAt", "session.error.too-long"));
            }
            boolean startChanged = existing == null || !existing.getStartsAt().equals(plan.startsAt());
            if (startChanged && plan.startsAt().isBefore(clock.instant())) {
                errors.add(new FieldError("startsAt", "session.error.start-in-past"));
            }
            if (plan.registrationClosesAt() != null && plan.registrationClosesAt().isAfter(plan.startsAt())) {
                errors.add(new FieldError("registrationClosesAt", "session.error.registration-closes-after-start"));
            }
        }
        if (plan.registrationOpensAt() != null && plan.registrationClosesAt() != null
                && !plan.registrationClosesAt().isAfter(plan.registrationOpensAt())) {
            errors.add(new FieldError("registrationClosesAt", "session.error.registration-closes-before-opening"));
        }
        if (plan.format() == null) {
            errors.add(new FieldError("format", "session.error.format-required"));
        } else {
            if (plan.format().hasVenue() && plan.venueId() == null) {
                errors.add(new FieldError("venueId", "session.error.venue-required"));
            }
            if (plan.format().hasMeetingLink()) {
                if (plan.meetingUrl() == null || plan.meetingUrl().isBlank()) {
                    errors.add(new FieldError("meetingUrl", "session.error.meeting-url-required"));
                } else if (!isHttpUrl(plan.meetingUrl()) || plan.meetingUrl().length() > SessionPlan.MEETING_URL_MAX) {
                    errors.add(new FieldError("meetingUrl", "session.error.meeting-url-invalid"));
                }
            }
        }
        if (plan.venueId() != null) {
            var venue = venues.findById(plan.venueId());
            if (venue.isEmpty()) {
                errors.add(new FieldError("venueId", "session.error.venue-unknown"));
            }
        }
        if (plan.audience() == null) {
            errors.add(new FieldError("audience", "session.error.audience-required"));
        }
        if (plan.capacity() == null) {
            errors.add(new FieldError("capacity", "session.error.capacity-required"));
        } else if (plan.capacity() < SessionPlan.CAPACITY_MIN || plan.capacity() > SessionPlan.CAPACITY_MAX) {
            errors.add(new FieldError("capacity", "session.error.capacity-range", SessionPlan.CAPACITY_MIN, SessionPlan.CAPACITY_MAX));
        } else if (existing != null && existing.getId() != null) {
            int confirmed = confirmed(existing.getId());
            if (plan.capacity() < confirmed) {
                errors.add(new FieldError("capacity", "session.error.capacity-below-confirmed", confirmed));
            }
        }
        if (!plan.trainerIds().isEmpty() && trainers.findAllById(plan.trainerIds()).size() != plan.trainerIds().size()) {
            errors.add(new FieldError("trainerIds", "session.error.trainer-unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    int confirmed(long sessionId) {
        var taken = seatsTaken.getIfAvailable();
        return taken == null ? 0 : taken.confirmed(sessionId);
    }

    /** Warnings for a plan that passed {@link #refuseInvalid}; {@code excludeId} is the session being edited. */
    List<PlanningWarning> warnings(SessionPlan plan, @Nullable Long excludeId) {
        var warnings = new ArrayList<PlanningWarning>();
        long exclude = excludeId == null ? -1 : excludeId;
        if (!plan.trainerIds().isEmpty()) {
            var clashes = sessions.findForTrainersBetween(plan.trainerIds(), plan.startsAt(), plan.endsAt(), exclude);
            for (var clash : clashes) {
                for (var trainer : clash.getTrainers()) {
                    if (plan.trainerIds().contains(trainer.getId())) {
                        warnings.add(new PlanningWarning(PlanningWarning.Kind.TRAINER_DOUBLE_BOOKED,
                                "planning.warning.trainer-double-booked", trainer.getName(), clash.getTitle(),
                                DutchTime.dateTime(clash.getStartsAt(), DutchTime.DUTCH)));
                    }
                }
            }
            var day = DutchTime.inAmsterdam(plan.startsAt()).toLocalDate();
            var dayStart = day.atStartOfDay(DutchTime.ZONE).toInstant();
            var dayEnd = day.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
            var here = provinces.find(plan.provinceCode()).orElseThrow();
            Set<String> reported = new LinkedHashSet<>();
            for (var other : sessions.findForTrainersBetween(plan.trainerIds(), dayStart, dayEnd, exclude)) {
                if (other.getProvinceCode().equals(plan.provinceCode())) {
                    continue;
                }
                var there = provinces.find(other.getProvinceCode()).orElseThrow();
                double km = here.kilometresTo(there);
                if (km > FAR_APART_KM) {
                    for (var trainer : other.getTrainers()) {
                        if (plan.trainerIds().contains(trainer.getId()) && reported.add(trainer.getId() + "/" + other.getId())) {
                            warnings.add(new PlanningWarning(PlanningWarning.Kind.TRAINER_FAR_APART,
                                    "planning.warning.trainer-far-apart", trainer.getName(), there.getName(),
                                    Math.round(km)));
                        }
                    }
                }
            }
        }
        if (plan.venueId() != null && plan.format() != null && plan.format().hasVenue()) {
            for (var clash : sessions.findAtVenueBetween(plan.venueId(), plan.startsAt(), plan.endsAt(), exclude)) {
                warnings.add(new PlanningWarning(PlanningWarning.Kind.VENUE_OVERLAP, "planning.warning.venue-overlap",
                        clash.getTitle(), DutchTime.dateTime(clash.getStartsAt(), DutchTime.DUTCH)));
            }
        }
        DutchHolidays.on(DutchTime.inAmsterdam(plan.startsAt()).toLocalDate()).ifPresent(holiday ->
                warnings.add(new PlanningWarning(PlanningWarning.Kind.PUBLIC_HOLIDAY, "planning.warning.public-holiday", new MessageKey(holiday))));
        return warnings;
    }

    /** Provinces (codes) of the tour that have no session that is not cancelled. */
    List<String> uncoveredProvinces(long tourId) {
        var covered = Set.copyOf(sessions.findCoveredProvinces(tourId));
        return provinces.all().stream().map(p -> p.getCode()).filter(code -> !covered.contains(code)).toList();
    }


    private static boolean isHttpUrl(String value) {
        try {
            var uri = URI.create(value.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
