package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters of the session list and calendar; null means "any". */
public record SessionFilter(@Nullable Long tourId, @Nullable String provinceCode, @Nullable SessionStatus status, @Nullable Instant from,
                            @Nullable Instant to, @Nullable Long trainerId) {

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
