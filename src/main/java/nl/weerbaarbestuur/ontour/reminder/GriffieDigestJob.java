package nl.weerbaarbestuur.ontour.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Writes the griffie digests once a day (default 07:00 Amsterdam time); each user in its own transaction. */
@Component
@ConditionalOnProperty(name = "ontour.digest.enabled", havingValue = "true", matchIfMissing = true)
class GriffieDigestJob {

    private static final Logger log = LoggerFactory.getLogger(GriffieDigestJob.class);

    private final GriffieDigestService digests;

    GriffieDigestJob(GriffieDigestService digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${ontour.digest.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    void run() {
        int stored = 0;
        for (var user : digests.recipients()) {
            try {
                if (digests.digestFor(user)) {
                    stored++;
                }
            } catch (RuntimeException e) {
                log.warn("Digest for user {} not written this round: {}", user.id(), e.toString());
            }
        }
        log.info("{} griffie digest(s) queued", stored);
    }
}
