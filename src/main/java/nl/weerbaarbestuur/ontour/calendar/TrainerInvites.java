package nl.weerbaarbestuur.ontour.calendar;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.SessionTrainer;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers get invites for the sessions they lead: a REQUEST when the session is published or
 * they are added, an update when it moves in time or place, a CANCEL when it is cancelled or they
 * are taken off. The UID is per trainer and session; the SEQUENCE is the session's version, which
 * only rises. One mail per trainer, session version and method (the outbox key). The version sent
 * is remembered ({@link TrainerInviteReplies}), so a trainer's reply can be checked against it.
 */
@Service
class TrainerInvites {

    private final PlanningService sessions;
    private final InviteEntries entries;
    private final InviteComposer composer = new InviteComposer();
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Translations translations;
    private final CalendarSettings settings;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final TrainerInviteReplies sent;

    TrainerInvites(PlanningService sessions, InviteEntries entries, MailOutbox outbox, MailTemplates templates,
                   Translations translations, CalendarSettings settings, Clock clock, PlatformTransactionManager transactions,
                   TrainerInviteReplies sent) {
        this.sent = sent;
        this.sessions = sessions;
        this.entries = entries;
        this.outbox = outbox;
        this.templates = templates;
        this.translations = translations;
        this.settings = settings;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The session's current trainers get the current invite (or its cancellation). */
    @Transactional
    public void toAll(long sessionId) {
        sessions.findSeen(sessionId).ifPresent(s -> send(s, sessions.trainers(sessionId), s.status() == SessionStatus.CANCELLED));
    }

    /** Added trainers get the invite, removed ones its cancellation. */
    @Transactional
    public void trainersChanged(long sessionId, Collection<Long> added, Collection<Long> removed) {
        sessions.findSeen(sessionId).ifPresent(s -> {
            send(s, sessions.trainers(added), s.status() == SessionStatus.CANCELLED);
            send(s, sessions.trainers(removed), true);
        });
    }

    private void send(SessionFacts session, List<SessionTrainer> trainers, boolean cancel) {
        if (session.status() == SessionStatus.DRAFT) {
            return;
        }
        var method = cancel ? InviteMethod.CANCEL : InviteMethod.REQUEST;
        var locale = DutchTime.DUTCH;
        for (var trainer : trainers) {
            var entry = entries.trainer(session, trainer, cancel, clock.instant());
            var ics = composer.compose(method, entry);
            var content = templates.render(cancel ? MailType.TRAINER_CANCEL : MailType.TRAINER_INVITE, "nl", Map.of(
                    "naam", trainer.name(),
                    "sessie", session.title(),
                    "wanneer", DutchTime.period(session.startsAt(), session.endsAt(), locale),
                    "waar", InviteFacts.location(session) == null ? translations.getTranslation("calendar.place.online", locale)
                            : InviteFacts.location(session),
                    "sessielink", settings.sessionPage(session.id())));
            var message = new OutgoingMessage("trainer-invite:" + trainer.id() + ":" + session.id() + ":" + session.version()
                    + ":" + method.name(), "TRAINER_INVITE", "nl", trainer.email(), content.subject(), content.text())
                    .withCalendar(method.name(), ics)
                    .from(session.tourName(), session.organiserEmail());
            try {
                // Each on its own: one edit can raise two events (rescheduled, trainers changed) whose listeners run
                // in parallel and store the same REQUEST; the second then meets the unique key, and must not take the
                // other trainers' messages down with it.
                separately.executeWithoutResult(status -> outbox.enqueue(message));
            } catch (DataIntegrityViolationException alreadyStored) {
                // the same message (same key) was stored by the parallel listener: once is enough
            }
            remember(trainer.id(), session.id(), entry.sequence(), !cancel);
        }
    }

    private void remember(long trainerId, long sessionId, int sequence, boolean inCalendar) {
        try {
            separately.executeWithoutResult(status -> sent.sent(trainerId, sessionId, sequence, inCalendar));
        } catch (DataIntegrityViolationException parallel) {
            // the parallel listener made the row a moment ago: now it is there to update
            separately.executeWithoutResult(status -> sent.sent(trainerId, sessionId, sequence, inCalendar));
        }
    }
}
