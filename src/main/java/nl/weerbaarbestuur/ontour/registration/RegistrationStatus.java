package nl.weerbaarbestuur.ontour.registration;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The life of a registration; the {@link Registration} guards which step may follow which. */
public enum RegistrationStatus {
    /** Asked for, e-mail not yet confirmed: holds no seat, expires. */
    PENDING_CONFIRMATION,
    /** Confirmed by e-mail for a session that needs the griffie's approval: holds no seat yet. */
    AWAITING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    EXPIRED,
    REJECTED;

    /**
     * The registrations that still count: asked for, waiting for approval, holding a seat or on the
     * waitlist. One person has at most one of these per session; they can still be cancelled.
     */
    public static final Set<RegistrationStatus> ACTIVE = Collections.unmodifiableSet(
            EnumSet.of(PENDING_CONFIRMATION, AWAITING_APPROVAL, CONFIRMED, WAITLISTED));

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
