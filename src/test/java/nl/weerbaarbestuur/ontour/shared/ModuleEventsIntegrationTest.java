package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;

/** The module events' table on the real database: our serializer is the one in use, and old completed rows go. */
@SpringBootTest
class ModuleEventsIntegrationTest {

    @Autowired EventSerializer serializer;
    @Autowired FailedEventPublications failed;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired ModuleEventSettings settings;
    @Autowired ModuleEvents.CompletedEventCleanup cleanup;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void the_application_stores_events_with_its_own_serializer() {
        assertThat(serializer).isInstanceOf(ModuleEvents.JsonEventSerializer.class);
        assertThat(cleanup.keep()).isEqualTo(Duration.ofDays(7));
    }

    /** This test's rows: other tests wait until no publication is incomplete, so none may stay behind. */
    private final String listener = "cleanup-test-" + UUID.randomUUID();

    /** Rows this test wrote for a real listener (deleted by id afterwards). */
    private final List<String> written = new ArrayList<>();

    @AfterEach
    void removeThisTestsRows() {
        jdbc.update("delete from EVENT_PUBLICATION where LISTENER_ID = ?", listener);
        written.forEach(id -> jdbc.update("delete from EVENT_PUBLICATION where ID = ?", id));
    }

    /**
     * A real listener (the registration module's mail on a change through the manage link) whose
     * event failed an hour ago: the retry hands it to the listener again, which completes it (the
     * registration does not exist, so it mails nothing). One that already had every try stays
     * FAILED for an operator, as does one that failed only just now.
     */
    @Test
    void a_failed_event_is_tried_again_until_its_tries_are_used_up() {
        var retry = new ModuleEvents.FailedEventRetry(failed, settings.retry(), clock);
        var listenerId = "nl.weerbaarbestuur.ontour.registration.RegistrationHousekeeping.on("
                + "nl.weerbaarbestuur.ontour.registration.RegistrationEvents$RegistrationChanged)";
        var now = clock.instant();
        var anHourAgo = now.minus(Duration.ofHours(1));
        int max = settings.retry().maxAttempts();
        var retried = failedEvent(listenerId, anHourAgo, 1);
        var usedUp = failedEvent(listenerId, anHourAgo, max);
        var tooRecent = failedEvent(listenerId, now, 1);

        retry.retryFailed();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(retried)));
        assertThat(jdbc.queryForObject("select COMPLETION_ATTEMPTS from EVENT_PUBLICATION where ID = ?", Integer.class,
                retried)).isEqualTo(2);
        assertThat(status(usedUp)).isEqualTo("FAILED");
        assertThat(status(tooRecent)).isEqualTo("FAILED");
    }

    /**
     * What the start does with events still outstanding when the application stopped (Modulith
     * publishes them again): it reads them back, on H2 as well. Before V32 the read failed on H2
     * ("Database value not of type UUID!") and so did every later start of the embedded default.
     */
    @Test
    void an_event_outstanding_from_before_a_restart_is_read_back_and_handled() {
        var listenerId = "nl.weerbaarbestuur.ontour.registration.RegistrationHousekeeping.on("
                + "nl.weerbaarbestuur.ontour.registration.RegistrationEvents$RegistrationChanged)";
        var outstanding = failedEvent(listenerId, clock.instant().minus(Duration.ofHours(1)), 1);
        jdbc.update("update EVENT_PUBLICATION set STATUS = 'PUBLISHED' where ID = ?", outstanding);

        incomplete.resubmitIncompletePublications(publication -> publication.getIdentifier().toString().equals(outstanding));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status(outstanding)));
    }

    private String status(String id) {
        return jdbc.queryForObject("select STATUS from EVENT_PUBLICATION where ID = ?", String.class, id);
    }

    private String failedEvent(String listenerId, Instant published, int attempts) {
        var id = UUID.randomUUID().toString();
        written.add(id);
        jdbc.update("""
                insert into EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
                  COMPLETION_ATTEMPTS) values (?, ?, ?, ?, ?, 'FAILED', ?)""",
                id, "nl.weerbaarbestuur.ontour.registration.RegistrationEvents$RegistrationChanged", listenerId,
                Timestamp.from(published), "{\"registrationId\":-4711,\"sessionId\":-4711,\"fields\":[\"remarks\"]}",
                attempts);
        return id;
    }

    @Test
    void only_completed_events_older_than_the_retention_are_deleted() {
        var now = clock.instant();
        var old = now.minus(Duration.ofDays(30));
        var recent = now.minus(Duration.ofDays(1));
        var oldCompleted = insert(listener, "COMPLETED", old, old);
        var recentCompleted = insert(listener, "COMPLETED", recent, recent);
        var oldOutstanding = insert(listener, "PUBLISHED", old, null);
        var oldFailed = insert(listener, "FAILED", old, null);

        cleanup.deleteOld();

        assertThat(jdbc.queryForList("select ID from EVENT_PUBLICATION where LISTENER_ID = ?", String.class, listener))
                .containsExactlyInAnyOrderElementsOf(List.of(recentCompleted, oldOutstanding, oldFailed))
                .doesNotContain(oldCompleted);
    }

    private String insert(String listener, String status, Instant published, Instant completed) {
        var id = UUID.randomUUID().toString();
        jdbc.update("""
                insert into EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
                  COMPLETION_ATTEMPTS, COMPLETION_DATE) values (?, ?, ?, ?, ?, ?, 1, ?)""",
                id, "nl.example.Nothing", listener, Timestamp.from(published), "{}", status,
                completed == null ? null : Timestamp.from(completed));
        return id;
    }
}
