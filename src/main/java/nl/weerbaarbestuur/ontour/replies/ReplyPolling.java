package nl.weerbaarbestuur.ontour.replies;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Reads the reply mailbox every {@code ontour.replies.poll-interval} (first after one interval),
 * taken from the settings record rather than a second default in an annotation. Where the server
 * offers IMAP IDLE, {@link ReplyIdle} reads replies as they arrive; this poll goes on beside it, so
 * nothing waits longer than one interval when IDLE is missing or its connection breaks.
 */
@Configuration(proxyBeanMethods = false)
class ReplyPolling implements SchedulingConfigurer {

    private final ReplySettings settings;
    private final ReplyMailbox mailbox;

    ReplyPolling(ReplySettings settings, ReplyMailbox mailbox) {
        this.settings = settings;
        this.mailbox = mailbox;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.configured()) {
            registrar.addFixedDelayTask(new FixedDelayTask(mailbox::pollWhenDue, settings.pollInterval(), settings.pollInterval()));
        }
    }
}
