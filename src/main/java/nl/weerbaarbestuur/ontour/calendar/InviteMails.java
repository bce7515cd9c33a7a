package nl.weerbaarbestuur.ontour.calendar;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.CalendarSession;
import nl.weerbaarbestuur.ontour.registration.Attendees.Attendee;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * The mails that carry an invite, in the participant's language (Dutch unless they chose English),
 * handed to the outbox in the caller's transaction. One key per invite version
 * ({@code invite:<registrationId>:<sequence>}): a repeated event never mails twice.
 */
@Component
class InviteMails {

    enum Kind {
        REGISTERED("CALENDAR_INVITE", "calendar.mail.invite"),
        PROMOTED("CALENDAR_PROMOTED", "calendar.mail.promoted"),
        CANCELLED("CALENDAR_CANCEL", "calendar.mail.cancelled"),
        WAITLISTED("CALENDAR_CANCEL", "calendar.mail.waitlisted"),
        UPDATED("CALENDAR_UPDATE", "calendar.mail.updated"),
        SESSION_CANCELLED("CALENDAR_SESSION_CANCELLED", "calendar.mail.session-cancelled");

        final String type;
        final String keyPrefix;

        Kind(String type, String keyPrefix) {
            this.type = type;
            this.keyPrefix = keyPrefix;
        }
    }


    private final MailOutbox outbox;
    private final Translations translations;
    private final CalendarSettings settings;

    InviteMails(MailOutbox outbox, Translations translations, CalendarSettings settings) {
        this.outbox = outbox;
        this.translations = translations;
        this.settings = settings;
    }

    /** Registered, promoted, cancelled or back on the waitlist: the invite (or its CANCEL) with a short text. */
    void send(Kind kind, Attendee attendee, CalendarSession session, CalendarInvite invite, InviteMethod method, String ics) {
        var locale = InviteEntries.locale(attendee.language());
        var text = translations.getTranslation(kind.keyPrefix + ".body", locale, attendee.fullName(), session.title(),
                when(session, locale), where(session, locale), settings.sessionPage(session.id()));
        enqueue(kind, attendee, session, invite, method, ics, locale, text);
    }

    /** The session moved in time or place: says what changed, old and new. */
    void updated(Attendee attendee, CalendarSession session, CalendarInvite invite, InviteFacts before, InviteFacts after,
                 String ics) {
        var locale = InviteEntries.locale(attendee.language());
        var text = translations.getTranslation(Kind.UPDATED.keyPrefix + ".body", locale, attendee.fullName(), session.title(),
                changes(before, after, locale), when(session, locale), where(session, locale), settings.sessionPage(session.id()));
        enqueue(Kind.UPDATED, attendee, session, invite, InviteMethod.REQUEST, ics, locale, text);
    }

    /** The session will not take place; names the nearest other session of the tour, if there is one. */
    void sessionCancelled(Attendee attendee, CalendarSession session, CalendarInvite invite, String ics,
                          Optional<CalendarSession> alternative) {
        var locale = InviteEntries.locale(attendee.language());
        var other = alternative.map(a -> translations.getTranslation("calendar.mail.session-cancelled.alternative", locale,
                a.title(), DutchTime.period(a.startsAt(), a.endsAt(), locale), where(a, locale), settings.sessionPage(a.id())))
                .orElse("");
        var text = translations.getTranslation(Kind.SESSION_CANCELLED.keyPrefix + ".body", locale, attendee.fullName(),
                session.title(), when(session, locale),
                session.cancellationReason() == null ? "-" : session.cancellationReason(), other);
        enqueue(Kind.SESSION_CANCELLED, attendee, session, invite, InviteMethod.CANCEL, ics, locale, text);
    }

    private void enqueue(Kind kind, Attendee attendee, CalendarSession session, CalendarInvite invite, InviteMethod method,
                         String ics, Locale locale, String text) {
        var subject = translations.getTranslation(kind.keyPrefix + ".subject", locale, session.title());
        outbox.enqueue(new OutgoingMessage("invite:" + invite.getRegistrationId() + ":" + invite.getSequence(), kind.type,
                "en".equals(attendee.language()) ? "en" : "nl", attendee.email(), subject, text)
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

    private String when(CalendarSession s, Locale locale) {
        return DutchTime.period(s.startsAt(), s.endsAt(), locale);
    }

    private String where(CalendarSession s, Locale locale) {
        var location = InviteFacts.location(s);
        if (location == null) {
            return translations.getTranslation("calendar.place.online", locale);
        }
        return s.format().hasMeetingLink() ? location + " " + translations.getTranslation("calendar.place.also-online", locale)
                : location;
    }

    private String place(String location, Locale locale) {
        return location == null ? translations.getTranslation("calendar.place.online", locale) : location;
    }
}
