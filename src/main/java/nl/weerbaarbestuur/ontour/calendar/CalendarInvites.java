package nl.weerbaarbestuur.ontour.calendar;

import java.time.Clock;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.CalendarAnswers;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every participant's calendar entry true. A participant who gets a seat receives a
 * REQUEST; one who loses it (cancels, is substituted, drops back to the waitlist) a CANCEL; a
 * session that moves in time or place sends a REQUEST with a higher SEQUENCE to everyone holding a
 * seat once it has been quiet for {@code ontour.calendar.update-delay}; a cancelled session
 * sends a CANCEL to all. The UID of an entry never changes.
 */
@Service
public class CalendarInvites {

    private static final Logger log = LoggerFactory.getLogger(CalendarInvites.class);

    /** A calendar file and the iTIP method it carries (also the {@code method=} of its MIME type). */
    public record IcsFile(InviteMethod method, String ics) {
    }

    /**
     * A participant's invite as it was last sent, for checking a reply against it.
     *
     * @param sequence   the SEQUENCE last sent: a reply to an older version is out of date
     * @param inCalendar whether the last version sent was a REQUEST (not a CANCEL)
     */
    public record SentInvite(long registrationId, long sessionId, String uid, int sequence, boolean inCalendar) {
    }

    private final CalendarInviteRepository invites;
    private final PlanningService sessions;
    private final Attendees attendees;
    private final InviteEntries entries;
    private final InviteMails mails;
    private final CalendarSettings settings;
    private final InviteComposer composer = new InviteComposer();
    private final Clock clock;
    private final CalendarAnswers answers;

    CalendarInvites(CalendarInviteRepository invites, PlanningService sessions, Attendees attendees, InviteEntries entries,
                    InviteMails mails, CalendarSettings settings, Clock clock, CalendarAnswers answers) {
        this.answers = answers;
        this.invites = invites;
        this.sessions = sessions;
        this.attendees = attendees;
        this.entries = entries;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The participant's current invite (METHOD:REQUEST, the SEQUENCE last sent, today's facts),
     * for reminders that attach it again; empty when the participant holds no seat or the session
     * is cancelled.
     */
    @Transactional(readOnly = true)
    public Optional<IcsFile> currentRequest(long registrationId) {
        return personal(registrationId, null);
    }

    /**
     * The participant's own .ics for the download on the manage page (the raw token from the
     * link); it carries the manage link itself. Empty for an unknown token or without a seat.
     */
    @Transactional(readOnly = true)
    public Optional<IcsFile> personalDownload(String manageToken) {
        return attendees.byManageToken(manageToken)
                .flatMap(a -> personal(a.registrationId(), settings.baseUrl() + "/mijn/" + manageToken.strip()));
    }

    /** The participant invite with this UID (trainers' and public entries have none here). */
    @Transactional(readOnly = true)
    public Optional<SentInvite> sentInvite(String uid) {
        if (uid == null || uid.isBlank() || uid.length() > 200) {
            return Optional.empty();
        }
        return invites.findByUid(uid.strip()).map(i -> new SentInvite(i.getRegistrationId(), i.getSessionId(), i.getUid(),
                i.getSequence(), i.isInCalendar()));
    }

    /**
     * Calendar rows follow their registration: when it is anonymised or deleted its invite row
     * (UID, sequence, the facts last sent) goes too, and nothing more is sent for it. Returns how
     * many rows were removed; twice removes nothing.
     */
    @Transactional
    public int forget(java.util.Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return 0;
        }
        int removed = 0;
        for (var chunk : chunks(java.util.List.copyOf(registrationIds))) {
            removed += invites.deleteByRegistrationIds(chunk);
        }
        return removed;
    }

    /** How many calendar rows these registrations have (the erasure preview). */
    @Transactional(readOnly = true)
    public long countFor(java.util.Collection<Long> registrationIds) {
        return registrationIds.isEmpty() ? 0 : invites.countByRegistrationIdIn(registrationIds);
    }

    private static java.util.List<java.util.List<Long>> chunks(java.util.List<Long> ids) {
        var result = new java.util.ArrayList<java.util.List<Long>>();
        for (int i = 0; i < ids.size(); i += 500) {
            result.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return result;
    }

    /**
     * The public .ics of a session (METHOD:PUBLISH): no names, no meeting link. Empty for drafts,
     * unknown ids and closed sessions (those are not public).
     */
    @Transactional(readOnly = true)
    public Optional<IcsFile> publicFile(long sessionId) {
        return sessions.findSeen(sessionId).filter(s -> !s.closed()).map(s -> new IcsFile(InviteMethod.PUBLISH,
                composer.compose(InviteMethod.PUBLISH, entries.published(s, clock.instant()))));
    }

    private Optional<IcsFile> personal(long registrationId, @Nullable String manageLink) {
        var attendee = attendees.find(registrationId).filter(Attendee::holdsSeat);
        if (attendee.isEmpty()) {
            return Optional.empty();
        }
        var session = sessions.findSeen(attendee.get().sessionId()).filter(s -> s.status() != SessionStatus.CANCELLED);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        var invite = invites.findByRegistrationId(registrationId)
                .orElseGet(() -> new CalendarInvite(registrationId, session.get().id(), InviteFacts.of(session.get()), clock.instant()));
        var entry = entries.personal(session.get(), attendee.get(), invite, false, clock.instant(), manageLink);
        return Optional.of(new IcsFile(InviteMethod.REQUEST, composer.compose(InviteMethod.REQUEST, entry)));
    }

    /** A seat was taken (confirmed, approved, substituted in, or promoted from the waitlist): send the REQUEST. */
    @Transactional
    void seatTaken(long registrationId, boolean promoted) {
        var attendee = attendees.find(registrationId).filter(Attendee::holdsSeat).filter(a -> !a.isAnonymised());
        if (attendee.isEmpty()) {
            return; // cancelled again before this ran: its own event sends what is due
        }
        var session = sessions.findSeen(attendee.get().sessionId()).filter(s -> s.status() != SessionStatus.CANCELLED);
        if (session.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var facts = InviteFacts.of(session.get());
        var existing = invites.findByRegistrationId(registrationId);
        if (existing.isPresent() && existing.get().isInCalendar()) {
            return; // already sent (the event came twice)
        }
        var invite = existing.orElseGet(() -> new CalendarInvite(registrationId, session.get().id(), facts, now));
        if (existing.isPresent()) {
            invite.send(InviteMethod.REQUEST, facts, now);
        }
        invites.save(invite);
        var ics = composer.compose(InviteMethod.REQUEST, entries.personal(session.get(), attendee.get(), invite, false, now, null));
        mails.send(promoted ? InviteMails.Kind.PROMOTED : InviteMails.Kind.REGISTERED, attendee.get(), session.get(), invite,
                InviteMethod.REQUEST, ics);
        log.info("Invite {} (sequence {}) sent for registration {}", invite.getUid(), invite.getSequence(), registrationId);
    }

    /**
     * The participant no longer holds a seat (cancelled, substituted, expired): if their calendar
     * has the entry, send the CANCEL.
     */
    @Transactional
    void seatLost(long registrationId) {
        var invite = invites.findByRegistrationId(registrationId).filter(CalendarInvite::isInCalendar);
        if (invite.isEmpty()) {
            return; // nothing in their calendar: never confirmed (expired), or already cancelled
        }
        var attendee = attendees.find(registrationId);
        if (attendee.isEmpty() || attendee.get().holdsSeat()) {
            return;
        }
        var session = sessions.findSeen(invite.get().getSessionId());
        if (session.isEmpty()) {
            return;
        }
        var now = clock.instant();
        invite.get().send(InviteMethod.CANCEL, InviteFacts.of(session.get()), now);
        var ics = composer.compose(InviteMethod.CANCEL,
                entries.personal(session.get(), attendee.get(), invite.get(), true, now, null));
        mails.send(InviteMails.Kind.CANCELLED, attendee.get(), session.get(),
                invite.get(), InviteMethod.CANCEL, ics);
        log.info("Invite {} cancelled (sequence {})", invite.get().getUid(), invite.get().getSequence());
    }

    /**
     * The session moved in time or place: every seat holder's invite waits for an update, sent by
     * {@link #sendQuietUpdates()} once the session has been left alone for the update delay.
     */
    @Transactional
    void sessionChanged(long sessionId) {
        var session = sessions.findSeen(sessionId);
        if (session.isEmpty() || session.get().status() == SessionStatus.CANCELLED) {
            return;
        }
        // Invites not yet sent (their seat's event has not run) get today's facts when it does.
        invites.markChanged(sessionId, clock.instant());
    }

    /** Sends the updates of sessions that have been quiet for the update delay; returns how many. */
    @Transactional
    public int sendQuietUpdates() {
        var now = clock.instant();
        int sent = 0;
        for (var invite : invites.findQuietSince(now.minus(settings.updateDelay()))) {
            var attendee = attendees.find(invite.getRegistrationId()).filter(Attendee::holdsSeat);
            var session = sessions.findSeen(invite.getSessionId()).filter(s -> s.status() != SessionStatus.CANCELLED);
            if (attendee.isEmpty() || session.isEmpty() || !invite.isInCalendar()) {
                invite.settle(now);
                continue;
            }
            var after = InviteFacts.of(session.get());
            if (after.fingerprint().equals(invite.getFingerprint())) {
                invite.settle(now); // changed and changed back: nothing to tell
                continue;
            }
            var before = invite.sentFacts();
            invite.send(InviteMethod.REQUEST, after, now);
            var ics = composer.compose(InviteMethod.REQUEST,
                    entries.personal(session.get(), attendee.get(), invite, false, now, null));
            mails.updated(attendee.get(), session.get(), invite, before, after, ics);
            answers.askedAgain(invite.getRegistrationId()); // the answer to the version before no longer holds
            sent++;
        }
        if (sent > 0) {
            log.info("{} updated invites sent", sent);
        }
        return sent;
    }

    /** The session will not take place: a CANCEL to everyone whose calendar holds it. */
    @Transactional
    void sessionCancelled(long sessionId) {
        var session = sessions.findSeen(sessionId);
        if (session.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var alternative = sessions.nextPublishedOfTour(session.get().tourId(), sessionId, now);
        for (var invite : invites.findBySessionId(sessionId)) {
            if (!invite.isInCalendar()) {
                continue;
            }
            var attendee = attendees.find(invite.getRegistrationId());
            if (attendee.isEmpty()) {
                continue;
            }
            invite.send(InviteMethod.CANCEL, InviteFacts.of(session.get()), now);
            var ics = composer.compose(InviteMethod.CANCEL,
                    entries.personal(session.get(), attendee.get(), invite, true, now, null));
            mails.sessionCancelled(attendee.get(), session.get(), invite, ics, alternative);
        }
        log.info("Invites of cancelled session {} withdrawn", sessionId);
    }
}
