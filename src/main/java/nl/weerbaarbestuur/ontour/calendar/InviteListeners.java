package nl.weerbaarbestuur.ontour.calendar;

import nl.weerbaarbestuur.ontour.planning.SessionCancelled;
import nl.weerbaarbestuur.ontour.planning.SessionMoved;
import nl.weerbaarbestuur.ontour.planning.SessionPublished;
import nl.weerbaarbestuur.ontour.planning.SessionTrainersChanged;
import nl.weerbaarbestuur.ontour.planning.SessionRescheduled;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationCancelled;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationConfirmed;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationExpired;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.WaitlistPromoted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Registration and planning events, after their commit (kept in the event publication registry
 * until handled), turned into invites, updates and cancellations.
 */
@Component
class InviteListeners {

    private final CalendarInvites invites;
    private final TrainerInvites trainers;

    InviteListeners(CalendarInvites invites, TrainerInvites trainers) {
        this.invites = invites;
        this.trainers = trainers;
    }

    @ApplicationModuleListener
    void on(RegistrationConfirmed event) {
        invites.seatTaken(event.registrationId(), false);
    }

    @ApplicationModuleListener
    void on(WaitlistPromoted event) {
        invites.seatTaken(event.registrationId(), true);
    }

    @ApplicationModuleListener
    void on(RegistrationCancelled event) {
        invites.seatLost(event.registrationId());
    }

    @ApplicationModuleListener
    void on(RegistrationExpired event) {
        invites.seatLost(event.registrationId());
    }

    // No listener for RegistrationWaitlisted: only a registration that never held a seat joins the
    // waitlist (pending or awaiting approval; a move or substitute is a new registration), so it has
    // no invite to cancel. Listening cost a stored publication and three transactions per person.

    @ApplicationModuleListener
    void on(SessionRescheduled event) {
        invites.sessionChanged(event.sessionId());
        trainers.toAll(event.sessionId());
    }

    @ApplicationModuleListener
    void on(SessionPublished event) {
        trainers.toAll(event.sessionId());
    }

    @ApplicationModuleListener
    void on(SessionTrainersChanged event) {
        trainers.trainersChanged(event.sessionId(), event.added(), event.removed());
    }

    @ApplicationModuleListener
    void on(SessionMoved event) {
        invites.sessionChanged(event.sessionId());
        trainers.toAll(event.sessionId());
    }

    @ApplicationModuleListener
    void on(SessionCancelled event) {
        invites.sessionCancelled(event.sessionId());
        if (event.wasPublished()) {
            trainers.toAll(event.sessionId());
        }
    }

    /** Debounced updates: see {@link CalendarInvites#sendQuietUpdates()}. */
    @Scheduled(fixedDelayString = "${ontour.calendar.update-check:PT1M}", initialDelayString = "PT30S")
    void sendQuietUpdates() {
        invites.sendQuietUpdates();
    }
}
