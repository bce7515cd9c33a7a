package nl.weerbaarbestuur.ontour.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the retention rules once a day (default 03:30 Amsterdam time). */
@Component
@ConditionalOnProperty(name = "ontour.privacy.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${ontour.privacy.retention.cron:0 30 3 * * *}", zone = "Europe/Amsterdam")
    void run() {
        retention.runScheduled();
    }
}
