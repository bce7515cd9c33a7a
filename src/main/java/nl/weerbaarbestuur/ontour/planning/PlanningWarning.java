package nl.weerbaarbestuur.ontour.planning;

import java.util.List;

/** Something an organiser should know before saving, but may accept. */
public record PlanningWarning(Kind kind, String messageKey, List<Object> arguments) {

    public enum Kind {
        TRAINER_DOUBLE_BOOKED, TRAINER_FAR_APART, VENUE_OVERLAP, PUBLIC_HOLIDAY, PROVINCE_NOT_COVERED
    }

    public PlanningWarning(Kind kind, String messageKey, Object... arguments) {
        this(kind, messageKey, List.of(arguments));
    }
}
