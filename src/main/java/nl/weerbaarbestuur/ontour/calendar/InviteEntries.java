package nl.weerbaarbestuur.ontour.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionTrainer;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a session (and, for a personal invite, its participant) into a {@link CalendarEntry}:
 * texts in the participant's language, the meeting link only in personal entries, nobody else's
 * name anywhere.
 */
@Component
class InviteEntries {

    private final CalendarSettings settings;
    private final Translations translations;

    InviteEntries(CalendarSettings settings, Translations translations) {
        this.settings = settings;
        this.translations = translations;
    }

    /**
     * The participant's own entry. {@code manageLink} only where the raw token is at hand (the
     * download from the manage page); elsewhere the description points to the mail with the link.
     */
    CalendarEntry personal(SessionFacts s, Attendee attendee, CalendarInvite invite, boolean cancelled, Instant now,
                           @Nullable String manageLink) {
        var locale = locale(attendee.language());
        var lines = new ArrayList<String>();
        describe(s, locale, lines);
        if (s.format().hasMeetingLink() && s.meetingUrl() != null && !cancelled) {
            lines.add(translations.getTranslation("calendar.ics.online", locale, s.meetingUrl()));
        }
        lines.add(translations.getTranslation("calendar.ics.page", locale, settings.sessionPage(s.id())));
        lines.add(manageLink == null ? translations.getTranslation("calendar.ics.manage-mail", locale)
                : translations.getTranslation("calendar.ics.manage", locale, manageLink));
        return new CalendarEntry(invite.getUid(), invite.getSequence(), cancelled, now, s.startsAt(), s.endsAt(), s.title(),
                String.join("\n\n", lines), InviteFacts.location(s), s.place().latitude(), s.place().longitude(),
                settings.sessionPage(s.id()), settings.participantOrganizer(s.organiserEmail()),
                new CalendarEntry.Mailbox(attendee.email(), attendee.fullName()), settings.alarmBefore(s.startsAt()),
                translations.getTranslation("calendar.ics.alarm", locale, s.title()), settings.replyAddress().isPresent());
    }

    /**
     * A trainer's own entry: UID per trainer and session, SEQUENCE the session's version (it only
     * rises), the meeting link, and the trainer as the one attendee. In Dutch: trainers work here.
     * Like a participant's invite it names the reply mailbox as ORGANIZER where the app reads one, so
     * a trainer's "decline" reaches the organisers' screens instead of an unread inbox.
     */
    CalendarEntry trainer(SessionFacts s, SessionTrainer trainer, boolean cancelled, Instant now) {
        var locale = locale("nl");
        var lines = new ArrayList<String>();
        describe(s, locale, lines);
        if (s.format().hasMeetingLink() && s.meetingUrl() != null && !cancelled) {
            lines.add(translations.getTranslation("calendar.ics.online", locale, s.meetingUrl()));
        }
        lines.add(translations.getTranslation("calendar.ics.page", locale, settings.sessionPage(s.id())));
        return new CalendarEntry(trainerUid(trainer.id(), s.id()), (int) Math.min(Integer.MAX_VALUE, s.version()), cancelled,
                now, s.startsAt(), s.endsAt(), s.title(), String.join("\n\n", lines), InviteFacts.location(s),
                s.place().latitude(), s.place().longitude(), settings.sessionPage(s.id()), settings.participantOrganizer(s.organiserEmail()),
                new CalendarEntry.Mailbox(trainer.email(), trainer.name()), settings.alarmBefore(s.startsAt()),
                translations.getTranslation("calendar.ics.alarm", locale, s.title()));
    }

    static String trainerUid(long trainerId, long sessionId) {
        return InviteUids.trainer(trainerId, sessionId);
    }

    /** The public entry (downloads and feeds): no attendee, no meeting link, no alarm. */
    CalendarEntry published(SessionFacts s, Instant now) {
        return published(s, now, null);
    }

    /** As {@link #published(SessionFacts, Instant)}, with one more (already translated) line. */
    CalendarEntry published(SessionFacts s, Instant now, @Nullable String extraLine) {
        var locale = locale("nl");
        var lines = new ArrayList<String>();
        describe(s, locale, lines);
        if (extraLine != null) {
            lines.add(extraLine);
        }
        lines.add(translations.getTranslation("calendar.ics.page", locale, settings.sessionPage(s.id())));
        // A closed session's address is for its confirmed participants only: here just the town, no GEO.
        var closed = s.closed();
        var place = s.publicPlace();
        return new CalendarEntry(publicUid(s.id()), (int) Math.min(Integer.MAX_VALUE, s.version()),
                s.status() == SessionStatus.CANCELLED, now, s.startsAt(), s.endsAt(), s.title(), String.join("\n\n", lines),
                closed ? (s.format().hasVenue() ? place.town() : null) : InviteFacts.location(s),
                place.latitude(), place.longitude(), settings.sessionPage(s.id()),
                settings.organizer(s.organiserEmail()), null, null, null);
    }

    static String publicUid(long sessionId) {
        return InviteUids.session(sessionId);
    }

    private void describe(SessionFacts s, Locale locale, ArrayList<String> lines) {
        if (s.status() == SessionStatus.CANCELLED) {
            lines.add(translations.getTranslation("calendar.ics.cancelled", locale,
                    s.cancellationReason() == null ? "" : s.cancellationReason()));
        }
        if (s.topic() != null && !s.topic().isBlank()) {
            lines.add(s.topic().strip());
        }
        if (s.description() != null && !s.description().isBlank()) {
            lines.add(s.description().strip());
        }
    }

    static Locale locale(String language) {
        return "en".equals(language) ? nl.weerbaarbestuur.ontour.shared.DutchTime.ENGLISH
                : nl.weerbaarbestuur.ontour.shared.DutchTime.DUTCH;
    }
}
