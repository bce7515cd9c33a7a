package nl.weerbaarbestuur.ontour.planning;

import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tours (programmes) and their coverage of the twelve provinces. */
@Service
public class TourService {


    private final TourRepository tours;
    private final TrainingSessionRepository sessions;
    private final ProvinceService provinces;

    TourService(TourRepository tours, TrainingSessionRepository sessions, ProvinceService provinces) {
        this.tours = tours;
        this.sessions = sessions;
        this.provinces = provinces;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Tour> all() {
        return tours.findAll(Sort.by(Sort.Direction.DESC, "startsOn"));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Tour get(long id) {
        return tours.findById(id).orElseThrow(() -> new NotFoundException("tour", id));
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Tour create(String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn, String organiserEmail) {
        validate(name, description, startsOn, endsOn, organiserEmail);
        return tours.save(new Tour(name.strip(), FieldChecks.blankToNull(description), startsOn, endsOn, organiserEmail.strip().toLowerCase()));
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Tour update(long id, long expectedVersion, String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
                       String organiserEmail) {
        var tour = get(id);
        if (tour.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Tour.class, id);
        }
        validate(name, description, startsOn, endsOn, organiserEmail);
        tour.revise(name.strip(), FieldChecks.blankToNull(description), startsOn, endsOn, organiserEmail.strip().toLowerCase());
        return tour;
    }

    /**
     * Sets the days before each session of the tour on which participants are reminded, written like
     * "7, 1" (0 to 60, at most four); blank returns the tour to the application default.
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Tour changeReminderDays(long id, @Nullable String days) {
        var tour = get(id);
        tour.changeReminderDays(parseReminderDays(days));
        return tour;
    }

    /** Retention periods a tour may set, in days after a session ends. */
    public static final int MIN_RETENTION_DAYS = 30;
    public static final int MAX_RETENTION_DAYS = 730;

    /**
     * Sets how many days after a session ends its registrations are anonymised (30 to 730);
     * null leaves it as it is. Refused with a field error outside that range.
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Tour changeRetentionDays(long id, Integer days) {
        var tour = get(id);
        if (days == null) {
            return tour;
        }
        checkRetentionDays(days);
        tour.changeRetentionDays(days);
        return tour;
    }

    /** Refuses a retention period outside 30-730 days with a field error (before anything is saved). */
    public static void checkRetentionDays(Integer days) {
        if (days != null && (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS)) {
            throw new InvalidInputException(List.of(new FieldError("retentionDays", "tour.error.retention-days",
                    MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)));
        }
    }

    /**
     * Per tour, the sessions (any status) whose retention period has passed on {@code today}:
     * those that ended on a day at least the tour's retention days before today (Amsterdam time).
     * For the retention job; returns ids only.
     */
    @Transactional(readOnly = true)
    public List<Long> sessionsPastRetention(java.time.LocalDate today) {
        var result = new ArrayList<Long>();
        for (var tour : tours.findAll()) {
            var cutoff = today.minusDays(tour.getRetentionDays() - 1L).atStartOfDay(nl.weerbaarbestuur.ontour.shared.DutchTime.ZONE).toInstant();
            result.addAll(sessions.findIdsOfTourEndedBefore(tour.getId(), cutoff));
        }
        return result;
    }

    /** The sessions (any tour, any status) that ended on a day at least {@code days} before {@code today}. */
    @Transactional(readOnly = true)
    public List<Long> sessionsEndedDaysAgo(java.time.LocalDate today, int days) {
        var cutoff = today.minusDays(days - 1L).atStartOfDay(nl.weerbaarbestuur.ontour.shared.DutchTime.ZONE).toInstant();
        return sessions.findIdsEndedBefore(cutoff);
    }

    /** "7, 1" as [7, 1]; blank as null (the default); anything else refused with a field error. */
    public static @Nullable List<Integer> parseReminderDays(@Nullable String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        var parsed = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
        for (var part : days.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                var day = Integer.parseInt(part.strip());
                if (day < 0 || day > 60) {
                    throw new NumberFormatException(part);
                }
                parsed.add(day);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(List.of(new FieldError("reminderDays", "tour.error.reminder-days")));
            }
        }
        if (parsed.isEmpty() || parsed.size() > 4) {
            throw new InvalidInputException(List.of(new FieldError("reminderDays", "tour.error.reminder-days")));
        }
        return List.copyOf(parsed);
    }

    /** Per province (in name order), whether the tour has nothing, something planned, or something held there. */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Province, Coverage> coverage(long tourId) {
        var byProvince = new LinkedHashMap<String, Coverage>();
        for (var session : sessions.findByTour(tourId)) {
            var now = switch (session.getStatus()) {
                case COMPLETED -> Coverage.HELD;
                case DRAFT, PUBLISHED -> Coverage.PLANNED;
                case CANCELLED -> Coverage.NONE;
            };
            byProvince.merge(session.getProvinceCode(), now, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        var result = new LinkedHashMap<Province, Coverage>();
        for (var province : provinces.all()) {
            result.put(province, byProvince.getOrDefault(province.getCode(), Coverage.NONE));
        }
        return result;
    }

    /**
     * The tour's sessions that are not cancelled, in time order, with their status and trainers: what
     * the tour planner must plan around.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<TourSessionSlot> sessionSlots(long tourId) {
        return sessions.findByTour(tourId).stream()
                .filter(s -> s.getStatus() != SessionStatus.CANCELLED)
                .map(s -> new TourSessionSlot(s.getId(), s.getProvinceCode(), s.getStartsAt(), s.getEndsAt(), s.getStatus(),
                        s.getTrainers().stream().map(Trainer::getId).collect(java.util.stream.Collectors.toUnmodifiableSet())))
                .toList();
    }

    private static void validate(String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn, String email) {
        var errors = new ArrayList<FieldError>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "field.required"));
        } else if (name.strip().length() > 160) {
            errors.add(new FieldError("name", "field.too-long", 160));
        }
        if (description != null && description.length() > 4000) {
            errors.add(new FieldError("description", "field.too-long", 4000));
        }
        if (startsOn == null) {
            errors.add(new FieldError("startsOn", "field.required"));
        }
        if (endsOn == null) {
            errors.add(new FieldError("endsOn", "field.required"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError("endsOn", "tour.error.end-before-start"));
        }
        EmailAddresses.problem(email).ifPresent(problem -> errors.add(new FieldError("organiserEmail", problem.messageKey())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

}
