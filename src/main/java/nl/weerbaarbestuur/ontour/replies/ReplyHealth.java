package nl.weerbaarbestuur.ontour.replies;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The reply mailbox in the health endpoint ({@code replyMailbox}): UP when the last poll read it,
 * DEGRADED while it cannot be reached. DEGRADED is not one of the statuses the overall health is
 * made of, so an unreachable reply mailbox shows here without taking the application out of service:
 * registrations and invites go on; replies wait in the mailbox. {@code idle} says whether replies are
 * read as they arrive (WAITING), or only by the poll (OFF, UNSUPPORTED, RECONNECTING).
 */
@Component("replyMailboxHealthIndicator")
class ReplyHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "the reply mailbox cannot be read; replies wait there");

    private final ReplyMailbox mailbox;
    private final ReplyIdle idle;

    ReplyHealth(ReplyMailbox mailbox, ReplyIdle idle) {
        this.mailbox = mailbox;
        this.idle = idle;
    }

    @Override
    public Health health() {
        var state = mailbox.state();
        if (!state.configured()) {
            return Health.unknown().withDetail("configured", false).build();
        }
        var builder = state.failures() == 0 ? Health.up() : Health.status(DEGRADED)
                .withDetail("failures", state.failures())
                .withDetail("error", String.valueOf(state.lastError()))
                .withDetail("nextAttempt", String.valueOf(state.nextAttempt()));
        if (state.lastSuccess() != null) {
            builder.withDetail("lastSuccess", state.lastSuccess().toString());
        }
        builder.withDetail("idle", idle.mode().name());
        return builder.build();
    }
}
