package nl.weerbaarbestuur.ontour.notification;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByKey(String key);

    @Query("""
            select m.id from OutboxMessage m
            where m.status in :statuses and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> findDue(Collection<MessageStatus> statuses, Instant now, Pageable page);

    /** Claims those of the ids that nobody else claimed in the meantime (the database decides). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxMessage m set m.claimedBy = :instance, m.claimedUntil = :until
            where m.id in :ids and (m.claimedUntil is null or m.claimedUntil < :now)
              and m.status in :statuses""")
    int claim(Collection<Long> ids, String instance, Instant until, Instant now, Collection<MessageStatus> statuses);

    /**
     * Those of the ids whose claim this instance holds, by primary key (claimed_by has no index: a
     * query on it alone reads the whole outbox). Read-only: the dispatcher only reads them, so
     * Hibernate keeps no snapshot of the bodies and checks nothing at commit.
     */
    @QueryHints(@QueryHint(name = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, value = "true"))
    @Query("""
            select m from OutboxMessage m where m.id in :ids and m.claimedBy = :instance and m.claimedUntil > :now
            order by m.nextAttemptAt, m.id""")
    List<OutboxMessage> findClaimed(Collection<Long> ids, String instance, Instant now);

    /**
     * Marks delivered messages SENT (one attempt more, claim and last error cleared) in one statement,
     * without loading them: loading would decrypt every body, and saving would encrypt it again.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxMessage m set m.status = nl.weerbaarbestuur.ontour.notification.MessageStatus.SENT,
              m.sentAt = :now, m.attempts = m.attempts + 1, m.claimedBy = null, m.claimedUntil = null, m.lastError = null,
              m.version = m.version + 1
            where m.id in :ids""")
    int markSent(Collection<Long> ids, Instant now);

    List<OutboxMessage> findTop200ByOrderByCreatedAtDesc();

    /** Only the metadata of the messages to one address (never bodies: they hold personal links). */
    @Query("""
            select new nl.weerbaarbestuur.ontour.notification.MailOutbox$MailSummary(m.type, m.subject, m.createdAt, m.sentAt, m.status)
            from OutboxMessage m where lower(trim(m.recipient)) = :address order by m.createdAt, m.id""")
    List<MailOutbox.MailSummary> findSummariesTo(String address);

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
              and (:type is null or m.type = :type)
              and (:text is null or lower(m.recipient) like :text or lower(m.subject) like :text or m.key like :text)""")
    Page<OutboxMessage> search(@Nullable MessageStatus status, @Nullable String type, @Nullable String text, Pageable page);

    @Query("select distinct m.type from OutboxMessage m order by m.type")
    List<String> findTypes();

    long countByStatus(MessageStatus status);

    @Query("""
            select m from OutboxMessage m where m.purgedAt is null and m.status = nl.weerbaarbestuur.ontour.notification.MessageStatus.SENT
              and m.sentAt <= :cutoff""")
    List<OutboxMessage> findSentUnpurgedBefore(Instant cutoff);

    @Query("""
            select m from OutboxMessage m where m.purgedAt is null and m.status in :statuses and m.createdAt <= :cutoff""")
    List<OutboxMessage> findUnpurgedCreatedBefore(Collection<MessageStatus> statuses, Instant cutoff);

    List<OutboxMessage> findByRecipientIgnoreCase(String recipient);
}
