package nl.weerbaarbestuur.ontour.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * An answer given to a calendar invite that the platform keeps and shows (the PARTSTAT of an iTIP
 * REPLY, RFC 5546): registrations and trainers' invites carry it. Other participation statuses
 * (NEEDS-ACTION, DELEGATED, ...) are no answer to show. Translated as {@code calendar.answer.NAME}.
 */
public enum CalendarAnswer {
    ACCEPTED, TENTATIVE, DECLINED;

    /** The answer a PARTSTAT value stands for, if it is one of these three. */
    public static Optional<CalendarAnswer> ofPartStat(String partStat) {
        if (partStat == null) {
            return Optional.empty();
        }
        return switch (partStat.strip().toUpperCase(Locale.ROOT)) {
            case "ACCEPTED" -> Optional.of(ACCEPTED);
            case "TENTATIVE" -> Optional.of(TENTATIVE);
            case "DECLINED" -> Optional.of(DECLINED);
            default -> Optional.empty();
        };
    }

    /** The key of its text in the translation bundles ("Agenda: geaccepteerd"). */
    public String messageKey() {
        return "calendar.answer." + name();
    }
}
