package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;

/** Filters of the session list and calendar; null means "any". */
public record SessionFilter(Long tourId, String provinceCode, SessionStatus status, Instant from, Instant to, Long trainerId) {

    public static SessionFilter any() {
        return new SessionFilter(null, null, null, null, null, null);
    }

    boolean matches(TrainingSession s) {
        return (tourId == null || tourId.equals(s.getTour().getId()))
                && (provinceCode == null || provinceCode.equalsIgnoreCase(s.getProvinceCode()))
                && (status == null || status == s.getStatus())
                && (trainerId == null || s.getTrainers().stream().anyMatch(t -> trainerId.equals(t.getId())));
    }
}
