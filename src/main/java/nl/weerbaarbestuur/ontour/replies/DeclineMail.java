package nl.weerbaarbestuur.ontour.replies;

import java.util.Locale;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Tells a participant that the decline in their calendar was received and their seat given up,
 * with the session's page to register again: a decline clicked by mistake is undone in a minute.
 * One mail per registration (its outbox key), in the participant's language.
 */
@Component
class DeclineMail {

    private final MailOutbox outbox;
    private final PlanningService planning;
    private final Translations translations;
    private final SiteAddress site;

    DeclineMail(MailOutbox outbox, PlanningService planning, Translations translations, SiteAddress site) {
        this.outbox = outbox;
        this.planning = planning;
        this.translations = translations;
        this.site = site;
    }

    void send(Attendee attendee) {
        var session = planning.findSeen(attendee.sessionId());
        if (session.isEmpty() || attendee.isAnonymised()) {
            return;
        }
        var s = session.get();
        var language = "en".equals(attendee.language()) ? "en" : "nl";
        Locale locale = "en".equals(language) ? DutchTime.ENGLISH : DutchTime.DUTCH;
        var subject = translations.getTranslation("replies.mail.declined.subject", locale, s.title());
        var text = translations.getTranslation("replies.mail.declined.body", locale, attendee.fullName(), s.title(),
                DutchTime.period(s.startsAt(), s.endsAt(), locale), site.link("/sessies/" + s.id()));
        outbox.enqueue(new OutgoingMessage("calendar-decline:" + attendee.registrationId(), "CALENDAR_DECLINE_RECEIVED",
                language, attendee.email(), subject, text).from(s.tourName(), s.organiserEmail()));
    }
}
