package nl.weerbaarbestuur.ontour.reminder;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before a session, worked out from the database each time: which published sessions
 * have a reminder due now (their tour's days, or the default), and which confirmed participants
 * had their seat before it became due. Each reminder is an outbox message whose key names the
 * registration, the day and the session's start: asking twice, on two instances or after a
 * restart, stores it once; a rescheduled session gets reminders for its new time.
 */
@Service
public class ReminderService {

    /** Tours may set up to 60 days; sessions further away never have a reminder due. */
    static final Duration HORIZON = Duration.ofDays(61);

    private final PlanningService planning;
    private final Attendees attendees;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final CalendarInvites invites;
    private final Translations translations;
    private final Clock clock;
    private final String baseUrl;

    ReminderService(PlanningService planning, Attendees attendees, MailOutbox outbox, MailTemplates templates,
                    CalendarInvites invites, Translations translations, Clock clock, SiteAddress site) {
        this.planning = planning;
        this.attendees = attendees;
        this.outbox = outbox;
        this.templates = templates;
        this.invites = invites;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    /** Published sessions that have a reminder due now. */
    @Transactional(readOnly = true)
    public List<Long> sessionsWithReminderDue() {
        var now = clock.instant();
        return planning.publishedStartingBetween(now, now.plus(HORIZON)).stream()
                .filter(s -> new ReminderPlan(s.startsAt(), s.reminderDays()).dueAt(now).isPresent())
                .map(SessionFacts::id).toList();
    }

    /** Stores the reminder that is due now for every participant of the session who should get it; returns how many are new. */
    @Transactional
    public int remind(long sessionId) {
        var now = clock.instant();
        var session = planning.find(sessionId).orElse(null);
        if (session == null || session.status() != SessionStatus.PUBLISHED || !now.isBefore(session.startsAt())) {
            return 0;
        }
        var due = new ReminderPlan(session.startsAt(), session.reminderDays()).dueAt(now).orElse(null);
        if (due == null) {
            return 0;
        }
        int stored = 0;
        for (var attendee : attendees.confirmed(sessionId)) {
            if (attendee.seatSince() != null && attendee.seatSince().isBefore(due.dueFrom())
                    && outbox.enqueue(message(session, attendee, due.day()))) {
                stored++;
            }
        }
        return stored;
    }

    private OutgoingMessage message(SessionFacts session, Attendee attendee, int day) {
        var locale = Locale.forLanguageTag(attendee.language());
        var key = "reminder:" + day + "d:" + attendee.registrationId() + ":" + session.startsAt().getEpochSecond();
        var content = templates.render(MailType.REMINDER, attendee.language(), Map.of(
                "naam", attendee.fullName(),
                "sessie", session.title(),
                "wanneer", DutchTime.period(session.startsAt(), session.endsAt(), locale),
                "waar", where(session, locale),
                "sessielink", baseUrl + "/sessies/" + session.id(),
                "tour", session.tourName()));
        var message = new OutgoingMessage(key, MailType.REMINDER.name(), attendee.language(), attendee.email(),
                content.subject(), content.text()).from(session.tourName(), session.organiserEmail());
        // The invite again, so a calendar that lost the entry gets it back (same UID and SEQUENCE: no duplicate).
        return invites.currentRequest(attendee.registrationId())
                .map(file -> message.withCalendar(file.method().name(), file.ics()))
                .orElse(message);
    }

    private String where(SessionFacts session, Locale locale) {
        var lines = new StringBuilder();
        var place = session.place();
        if (place.name() != null && session.format() != SessionFormat.ONLINE) {
            lines.append(translations.getTranslation("mail.reminder.venue", locale, place.name(),
                    place.address() == null ? "" : place.address(), place.room() == null ? "" : place.room()).strip());
        }
        if (session.online()) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(translations.getTranslation("mail.reminder.online", locale, session.meetingUrl()));
        }
        return lines.toString();
    }
}
