package nl.weerbaarbestuur.ontour.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once an hour, expired password-reset links older than a day are deleted. */
@Component
class PasswordResetCleanup {

    private final PasswordResets resets;

    PasswordResetCleanup(PasswordResets resets) {
        this.resets = resets;
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void purge() {
        resets.purgeExpired();
    }
}
