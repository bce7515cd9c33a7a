package nl.weerbaarbestuur.ontour.attendance.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.AttendeeCheckedIn;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.CheckInUndone;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.NoShowsRecorded;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationCancelled;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationConfirmed;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.WaitlistPromoted;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every open check-in page of a session that something changed there, once the change is
 * committed, so that two tablets at one door show the same list (the pages then refresh through
 * {@code UI.access}, and Vaadin push brings it to the screen). In this JVM only: with several
 * application instances a device sees another instance's taps at its next action.
 *
 * <p>A plain listener that waits for the commit itself, rather than a transactional event
 * listener, so that the event publication registry does not store a row per tap for a screen
 * refresh that may be lost without harm.
 */
@Component
class CheckInBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CheckInBroadcaster.class);

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    Registration register(long sessionId, Runnable listener) {
        listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(sessionId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    int listenersOf(long sessionId) {
        return listeners.getOrDefault(sessionId, Set.of()).size();
    }

    @EventListener
    void on(AttendeeCheckedIn event) {
        afterCommit(event.sessionId());
    }

    @EventListener
    void on(CheckInUndone event) {
        afterCommit(event.sessionId());
    }

    @EventListener
    void on(NoShowsRecorded event) {
        afterCommit(event.sessionId());
    }

    @EventListener
    void on(RegistrationConfirmed event) {
        afterCommit(event.sessionId());
    }

    @EventListener
    void on(RegistrationCancelled event) {
        afterCommit(event.sessionId());
    }

    @EventListener
    void on(WaitlistPromoted event) {
        afterCommit(event.sessionId());
    }

    private void afterCommit(long sessionId) {
        if (!listeners.containsKey(sessionId)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    broadcast(sessionId);
                }
            });
        } else {
            broadcast(sessionId);
        }
    }

    void broadcast(long sessionId) {
        for (var listener : listeners.getOrDefault(sessionId, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // One closed or broken page must not keep the others from refreshing.
                log.debug("A check-in page of session {} could not be told about a change", sessionId, e);
            }
        }
    }
}
