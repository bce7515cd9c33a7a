package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;

/** The module events' table on the real database: our serializer is the one in use, and old completed rows go. */
@SpringBootTest
class ModuleEventsIntegrationTest {

    @Autowired EventSerializer serializer;
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

    @AfterEach
    void removeThisTestsRows() {
        jdbc.update("delete from EVENT_PUBLICATION where LISTENER_ID = ?", listener);
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
