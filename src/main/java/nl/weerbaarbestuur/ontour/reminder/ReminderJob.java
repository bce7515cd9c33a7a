package nl.weerbaarbestuur.ontour.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks every few minutes which reminders and follow-ups are due; each session in its own transaction. */
@Component
@ConditionalOnProperty(name = "ontour.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final FollowUpService followUps;

    ReminderJob(ReminderService reminders, FollowUpService followUps) {
        this.reminders = reminders;
        this.followUps = followUps;
    }

    @Scheduled(fixedDelayString = "${ontour.reminders.interval:PT5M}", initialDelayString = "PT30S")
    void run() {
        for (var sessionId : reminders.sessionsWithReminderDue()) {
            try {
                var stored = reminders.remind(sessionId);
                if (stored > 0) {
                    log.info("{} reminder(s) queued for session {}", stored, sessionId);
                }
            } catch (RuntimeException e) {
                // Another instance stored the same reminder first, or the session changed meanwhile: next round.
                log.warn("Reminders for session {} not queued this round: {}", sessionId, e.toString());
            }
        }
        for (var sessionId : followUps.sessionsDue()) {
            try {
                var stored = followUps.followUp(sessionId);
                if (stored > 0) {
                    log.info("{} follow-up(s) queued for session {}", stored, sessionId);
                }
            } catch (RuntimeException e) {
                log.warn("Follow-ups for session {} not queued this round: {}", sessionId, e.toString());
            }
        }
    }
}
