package nl.weerbaarbestuur.ontour.registration;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails of a registration, in the participant's language, handed to the outbox inside the
 * registration's own transaction. The links carry the secret tokens; nothing else in a mail
 * names other participants.
 */
@Component
class RegistrationMails {

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Translations translations;
    private final RegistrationRepository registrations;
    private final PlanningService planning;
    private final String baseUrl;

    RegistrationMails(MailOutbox outbox, MailTemplates templates, Translations translations,
                      RegistrationRepository registrations, PlanningService planning,
                      SiteAddress site) {
        this.outbox = outbox;
        this.templates = templates;
        this.translations = translations;
        this.registrations = registrations;
        this.planning = planning;
        this.baseUrl = site.baseUrl();
    }

    void confirmYourRegistration(Registration registration, SessionFacts session, String confirmationToken,
                                 String manageToken) {
        var locale = Locale.forLanguageTag(registration.getLanguage());
        send("registration-confirm:" + registration.getId(), MailType.REGISTRATION_CONFIRM, registration, Map.of(
                "naam", registration.getFullName(),
                "sessie", session.title(),
                "wanneer", DutchTime.period(session.startsAt(), session.endsAt(), locale),
                "bevestigingslink", baseUrl + "/bevestigen/" + confirmationToken,
                "beheerlink", baseUrl + "/mijn/" + manageToken));
    }

    /**
     * Registered by a griffie user or organiser: the participant hears who did it and gets their own
     * manage link, so they can see, change or cancel it themselves (the invite follows separately).
     */
    void registeredOnBehalf(Registration registration, SessionFacts session, String manageToken, String by) {
        var locale = Locale.forLanguageTag(registration.getLanguage());
        send("registration-on-behalf:" + registration.getId(), MailType.REGISTERED_ON_BEHALF, registration, Map.of(
                "naam", registration.getFullName(),
                "sessie", session.title(),
                "wanneer", DutchTime.period(session.startsAt(), session.endsAt(), locale),
                "door", by,
                "beheerlink", baseUrl + "/mijn/" + manageToken));
    }

    /** Someone asked again with the same address: only the owner of the mailbox gets the (new) manage link. */
    void manageLinkAgain(Registration registration, SessionFacts session, String manageToken, long nonce) {
        send("registration-manage:" + registration.getId() + ":" + nonce, MailType.REGISTRATION_MANAGE_LINK, registration,
                Map.of("naam", registration.getFullName(), "sessie", session.title(), "beheerlink", baseUrl + "/mijn/" + manageToken));
    }

    /**
     * Tells a participant who confirmed while the session was full that they are on the waitlist,
     * and where: their place counted among those still waiting when the mail is written.
     */
    @Transactional
    void waitlisted(long registrationId) {
        var registration = registrations.findById(registrationId).orElse(null);
        if (registration == null || registration.getStatus() != RegistrationStatus.WAITLISTED) {
            return;
        }
        var session = planning.publicSession(registration.getSessionId()).orElse(null);
        if (session == null) {
            return;
        }
        var locale = Locale.forLanguageTag(registration.getLanguage());
        // Sent only for a waitlisted registration, which always has its place.
        var position = Objects.requireNonNull(registration.getWaitlistPosition(), "a waitlisted registration has a position");
        long place = registrations.countAheadOnWaitlist(registration.getSessionId(), position) + 1;
        send("registration-waitlisted:" + registration.getId(), MailType.WAITLISTED, registration, Map.of(
                "naam", registration.getFullName(),
                "sessie", session.title(),
                "wanneer", DutchTime.period(session.startsAt(), session.endsAt(), locale),
                "positie", String.valueOf(place),
                "sessielink", baseUrl + "/sessies/" + session.id()));
    }

    /** Confirms to the participant what they changed through their manage link, with the new values. */
    @Transactional
    void changed(long registrationId, java.util.List<String> fields) {
        var registration = registrations.findById(registrationId).orElse(null);
        if (registration == null) {
            return;
        }
        var session = planning.publicSession(registration.getSessionId()).orElse(null);
        if (session == null) {
            return;
        }
        var locale = Locale.forLanguageTag(registration.getLanguage());
        var lines = new StringBuilder();
        for (var field : fields) {
            var value = switch (field) {
                case "accessibilityNeeds" -> registration.getAccessibilityNeeds();
                case "dietaryNeeds" -> registration.getDietaryNeeds();
                default -> registration.getRemarks();
            };
            lines.append(lines.isEmpty() ? "" : "\n").append(translations.getTranslation("mail.changed.line", locale,
                    translations.getTranslation("mail.changed.field." + field, locale),
                    value == null ? translations.getTranslation("mail.changed.empty", locale) : value));
        }
        send("registration-changed:" + registration.getId() + ":" + registration.getVersion(), MailType.REGISTRATION_CHANGED,
                registration, Map.of(
                        "naam", registration.getFullName(),
                        "sessie", session.title(),
                        "wanneer", DutchTime.period(session.startsAt(), session.endsAt(), locale),
                        "wijzigingen", lines.toString(),
                        "sessielink", baseUrl + "/sessies/" + session.id()));
    }

    private void send(String key, MailType type, Registration registration, Map<String, String> values) {
        var content = templates.render(type, registration.getLanguage(), values);
        outbox.enqueue(new OutgoingMessage(key, type.name(), registration.getLanguage(), registration.getEmail(),
                content.subject(), content.text()));
    }
}
