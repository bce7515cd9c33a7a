package nl.weerbaarbestuur.ontour.notification;

import java.util.List;

/**
 * The kinds of e-mail whose text organisers may edit, each with the placeholders its template may
 * use (Dutch names, written {{naam}} in a template). The default texts are in the {@code mail}
 * translation bundle as {@code mail.template.<TYPE>.subject} and {@code .body}.
 */
public enum MailType {
    REGISTRATION_CONFIRM("naam", "sessie", "wanneer", "bevestigingslink", "beheerlink"),
    REGISTRATION_MANAGE_LINK("naam", "sessie", "beheerlink"),
    REGISTERED_ON_BEHALF("naam", "sessie", "wanneer", "door", "beheerlink"),
    WAITLISTED("naam", "sessie", "wanneer", "positie", "sessielink"),
    REGISTRATION_CHANGED("naam", "sessie", "wanneer", "wijzigingen", "sessielink"),
    REMINDER("naam", "sessie", "wanneer", "waar", "sessielink", "tour"),
    INVITE_CONFIRMED("naam", "sessie", "wanneer", "waar", "sessielink"),
    INVITE_PROMOTED("naam", "sessie", "wanneer", "waar", "sessielink", "bedenktijd"),
    INVITE_CANCELLED("naam", "sessie", "wanneer", "sessielink"),
    INVITE_UPDATED("naam", "sessie", "wijzigingen", "wanneer", "waar", "sessielink"),
    SESSION_CANCELLED("naam", "sessie", "wanneer", "reden", "alternatief"),
    TRAINER_INVITE("naam", "sessie", "wanneer", "waar", "sessielink"),
    TRAINER_CANCEL("naam", "sessie", "wanneer", "waar", "sessielink"),
    FOLLOW_UP("naam", "sessie", "feedbacklink", "steun", "tour"),
    GRIFFIE_DIGEST("naam", "provincie", "sinds", "overzicht", "goedkeuring", "link", "afmeldlink"),
    PASSWORD_RESET("naam", "herstellink", "minuten"),
    /** Confirms an erasure (AVG art. 17): no link that still works, only counts and whom to ask. */
    ERASURE_CONFIRMED("aantal", "sessies", "contact"),
    /** A short-lived inzage link (AVG art. 15), asked for on a manage link that shows the status only. */
    INZAGE_LINK("naam", "gegevenslink", "uren"),
    /** Asks a griffie that has not answered which dates of a tour do not suit its province (tour planner). */
    TOUR_DATES_REMINDER("naam", "provincie", "tour", "periode", "link");

    private final List<String> placeholders;

    MailType(String... placeholders) {
        this.placeholders = List.of(placeholders);
    }

    /** The names a template of this type may use, in the order the editor lists them. */
    public List<String> placeholders() {
        return placeholders;
    }
}
