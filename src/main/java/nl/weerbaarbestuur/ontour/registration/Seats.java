package nl.weerbaarbestuur.ontour.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SeatsTaken;
import org.hibernate.engine.spi.SessionImplementor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of the sessions, and the only place that hands them out or takes them back. Seats are
 * decided under a database row lock per session (its {@link SeatLedger}), so concurrent
 * confirmations never overbook, whichever instance handles them, and the waitlist order is the
 * order of confirmation; a freed seat goes to the first on the waitlist. Callers hold the
 * transaction (the lock lasts until it commits).
 */
@Component
class Seats implements SeatsTaken {

    private static final Logger log = LoggerFactory.getLogger(Seats.class);

    private final SeatLedgerRepository ledgers;
    private final RegistrationRepository registrations;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    Seats(SeatLedgerRepository ledgers, RegistrationRepository registrations, Clock clock) {
        this.ledgers = ledgers;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Creates the session's ledger without locking it; the lock comes later, with the allocation. */
    void ensureLedger(SessionFacts session) {
        if (!ledgers.existsById(session.id())) {
            ledgers.createIfMissing(session.id(), session.capacity());
        }
    }

    /** A seat if one is free, else the next place on the waitlist. The ledger must exist ({@link #ensureLedger}). */
    void allocate(Registration registration) {
        var ledger = lockLedger(registration.getSessionId()).orElseThrow();
        var now = clock.instant();
        if (ledger.tryTakeSeat()) {
            registration.takeSeat(now);
        } else {
            registration.joinWaitlist(ledger.nextWaitlistPosition(), now);
        }
        registrations.save(registration);
    }

    /**
     * A confirmed registration's seat goes to a substitute (a new registration, returned saved):
     * the ledger does not change, so the seat is never free in between for the waitlist to take.
     */
    Registration handOver(Registration from, ParticipantDetails substitute, MadeBy by, String account,
                          String manageTokenHash) {
        var now = clock.instant();
        var replacement = from.substituteBy(substitute, by, account, manageTokenHash, now);
        registrations.save(from);
        registrations.save(replacement);
        replacement.takeSeat(now);
        return registrations.save(replacement);
    }

    /**
     * Cancels an active registration; a seat it held goes to the first on the waitlist.
     *
     * @return whether it held a seat
     */
    boolean cancel(Registration registration) {
        var ledger = lockLedger(registration.getSessionId());
        boolean freed = registration.cancel(clock.instant());
        registrations.save(registration);
        if (freed && ledger.isPresent()) {
            ledger.get().freeSeat();
            promoteWhileSeatsAreFree(ledger.get());
        }
        return freed;
    }

    /** More or fewer seats: the waitlist moves up as far as the new capacity allows. */
    @Transactional
    public void capacityChanged(long sessionId, int newCapacity) {
        var ledger = lockLedger(sessionId);
        if (ledger.isEmpty()) {
            return;
        }
        ledger.get().resize(newCapacity);
        promoteWhileSeatsAreFree(ledger.get());
    }

    /** The seats taken: planning refuses a capacity below this. */
    @Override
    @Transactional(readOnly = true)
    public int confirmed(long sessionId) {
        return ledgers.findById(sessionId).map(SeatLedger::getTaken).orElse(0);
    }

    SeatCounts.Count count(long sessionId) {
        int waitlisted = (int) registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.WAITLISTED);
        return new SeatCounts.Count(confirmed(sessionId), waitlisted);
    }

    /** The counts of many sessions in two queries: their seat ledgers, and one grouped count of the waitlists. */
    Map<Long, SeatCounts.Count> counts(Collection<Long> sessionIds) {
        var result = new HashMap<Long, SeatCounts.Count>();
        if (sessionIds.isEmpty()) {
            return result;
        }
        var ids = Set.copyOf(sessionIds);
        var taken = new HashMap<Long, Integer>();
        ledgers.findAllById(ids).forEach(l -> taken.put(l.getSessionId(), l.getTaken()));
        var waitlisted = new HashMap<Long, Integer>();
        for (var row : registrations.countWaitlisted(ids)) {
            waitlisted.put((Long) row[0], ((Number) row[1]).intValue());
        }
        ids.forEach(id -> result.put(id, new SeatCounts.Count(taken.getOrDefault(id, 0), waitlisted.getOrDefault(id, 0))));
        return result;
    }

    private void promoteWhileSeatsAreFree(SeatLedger ledger) {
        while (ledger.hasFreeSeat()) {
            var next = registrations.findFirstWaitlisted(ledger.getSessionId());
            if (next.isEmpty()) {
                return;
            }
            ledger.tryTakeSeat();
            next.get().promote(clock.instant());
            registrations.saveAndFlush(next.get());
            // The calendar module mails the promotion, with the invite (one mail, not two).
            log.info("Registration {} promoted from the waitlist of session {}", next.get().getId(), ledger.getSessionId());
        }
    }

    /**
     * Locks the session's ledger row and reads it fresh, in one {@code select ... for update}. A
     * locking find alone would not do when the ledger is already in the persistence context (seat
     * counts were read earlier in this transaction): Hibernate would lock the row but keep the stale
     * state, and seats would be overbooked. So a ledger already held is refreshed under the lock, and
     * one not yet held is found under the lock; looking it up in the persistence context costs no
     * statement (Hibernate's session SPI: the JPA API has no "is this id managed" question).
     */
    private Optional<SeatLedger> lockLedger(long sessionId) {
        var session = entityManager.unwrap(SessionImplementor.class);
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(SeatLedger.class);
        var held = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(sessionId, persister));
        if (held instanceof SeatLedger ledger) {
            entityManager.refresh(ledger, LockModeType.PESSIMISTIC_WRITE);
            return Optional.of(ledger);
        }
        return Optional.ofNullable(entityManager.find(SeatLedger.class, sessionId, LockModeType.PESSIMISTIC_WRITE));
    }
}
