package nl.weerbaarbestuur.ontour.registration;

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

    public boolean isActive() {
        return this == PENDING_CONFIRMATION || this == AWAITING_APPROVAL || this == CONFIRMED || this == WAITLISTED;
    }
}
