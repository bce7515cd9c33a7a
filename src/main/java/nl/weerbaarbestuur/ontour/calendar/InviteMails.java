package nl.weerbaarbestuur.ontour.calendar;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.RegistrationSettings;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The mails that carry an invite, in the participant's language (Dutch unless they chose English),
 * handed to the outbox in the caller's transaction. One key per invite version
 * ({@code invite:<registrationId>:<sequence>}): a repeated event never mails twice.
 */
@Component
class InviteMails {

    enum Kind {
        REGISTERED("CALENDAR_INVITE", MailType.INVITE_CONFIRMED),
        PROMOTED("CALENDAR_PROMOTED", MailType.INVITE_PROMOTED),
        CANCELLED("CALENDAR_CANCEL", MailType.INVITE_CANCELLED),
        UPDATED("CALENDAR_UPDATE", MailType.INVITE_UPDATED),
        SESSION_CANCELLED("CALENDAR_SESSION_CANCELLED", MailType.SESSION_CANCELLED);

        final String type;
        final MailType template;

        Kind(String type, MailType template) {
            this.type = type;
            this.template = template;
        }
    }

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Translations translations;
    private final CalendarSettings settings;
    private final Clock clock;
    private final Duration claimWindow;

    InviteMails(MailOutbox outbox, MailTemplates templates, Translations translations, CalendarSettings settings, Clock clock,
                RegistrationSettings registration) {
        this.outbox = outbox;
        this.templates = templates;
        this.translations = translations;
        this.settings = settings;
        this.clock = clock;
        this.claimWindow = registration.claimWindow();
    }

    /**
     * Registered, promoted, cancelled or back on the waitlist: the invite (or its CANCEL) with a
     * short text. A promoted participant is told until when to give the seat back, so that it still
     * goes to the next in line in good time (the claim window, default 48 hours).
     */
    void send(Kind kind, Attendee attendee, SessionFacts session, CalendarInvite invite, InviteMethod method, String ics) {
        var locale = InviteEntries.locale(attendee.language());
        var values = new HashMap<String, String>(Map.of(
                "naam", attendee.fullName(),
                "sessie", session.title(),
                "wanneer", when(session, locale),
                "waar", where(session, locale),
                "sessielink", settings.sessionPage(session.id())));
        if (kind == Kind.PROMOTED) {
            var deadline = clock.instant().plus(claimWindow);
            values.put("bedenktijd", DutchTime.dateTime(deadline.isBefore(session.startsAt()) ? deadline : session.startsAt(), locale));
        }
        enqueue(kind, attendee, session, invite, method, ics, values);
    }

    /** The session moved in time or place: says what changed, old and new. */
    void updated(Attendee attendee, SessionFacts session, CalendarInvite invite, InviteFacts before, InviteFacts after,
                 String ics) {
        var locale = InviteEntries.locale(attendee.language());
        enqueue(Kind.UPDATED, attendee, session, invite, InviteMethod.REQUEST, ics, Map.of(
                "naam", attendee.fullName(),
                "sessie", session.title(),
                "wijzigingen", changes(before, after, locale),
                "wanneer", when(session, locale),
                "waar", where(session, locale),
                "sessielink", settings.sessionPage(session.id())));
    }

    /** The session will not take place; names the nearest other session of the tour, if there is one. */
    void sessionCancelled(Attendee attendee, SessionFacts session, CalendarInvite invite, String ics,
                          Optional<SessionFacts> alternative) {
        var locale = InviteEntries.locale(attendee.language());
        var other = alternative.map(a -> translations.getTranslation("calendar.mail.session-cancelled.alternative", locale,
                a.title(), DutchTime.period(a.startsAt(), a.endsAt(), locale), where(a, locale), settings.sessionPage(a.id())))
                .orElse("");
        enqueue(Kind.SESSION_CANCELLED, attendee, session, invite, InviteMethod.CANCEL, ics, Map.of(
                "naam", attendee.fullName(),
                "sessie", session.title(),
                "wanneer", when(session, locale),
                "reden", session.cancellationReason() == null ? "-" : session.cancellationReason(),
                "alternatief", other.strip()));
    }

    private void enqueue(Kind kind, Attendee attendee, SessionFacts session, CalendarInvite invite, InviteMethod method,
                         String ics, Map<String, String> values) {
        var language = "en".equals(attendee.language()) ? "en" : "nl";
        var content = templates.render(kind.template, language, values);
        outbox.enqueue(new OutgoingMessage("invite:" + invite.getRegistrationId() + ":" + invite.getSequence(), kind.type,
                language, attendee.email(), content.subject(), content.text())
                .withCalendar(method.name(), ics)
                .from(session.tourName(), session.organiserEmail()));
    }

    String changes(InviteFacts before, InviteFacts after, Locale locale) {
        var lines = new ArrayList<String>();
        if (!before.start().equals(after.start()) || !before.end().equals(after.end())) {
            lines.add(translations.getTranslation("calendar.change.time", locale,
                    DutchTime.period(before.start(), before.end(), locale), DutchTime.period(after.start(), after.end(), locale)));
        }
        if (!Objects.equals(before.location(), after.location())) {
            lines.add(translations.getTranslation("calendar.change.place", locale, place(before.location(), locale),
                    place(after.location(), locale)));
        }
        if (!Objects.equals(before.meetingUrl(), after.meetingUrl())) {
            lines.add(after.meetingUrl() == null ? translations.getTranslation("calendar.change.link-removed", locale)
                    : translations.getTranslation("calendar.change.link", locale, after.meetingUrl()));
        }
        return String.join("\n", lines);
    }

    private String when(SessionFacts s, Locale locale) {
        return DutchTime.period(s.startsAt(), s.endsAt(), locale);
    }

    private String where(SessionFacts s, Locale locale) {
        var location = InviteFacts.location(s);
        if (location == null) {
            return translations.getTranslation("calendar.place.online", locale);
        }
        return s.format().hasMeetingLink() ? location + " " + translations.getTranslation("calendar.place.also-online", locale)
                : location;
    }

    private String place(@Nullable String location, Locale locale) {
        return location == null ? translations.getTranslation("calendar.place.online", locale) : location;
    }
}
