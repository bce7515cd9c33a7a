package nl.weerbaarbestuur.ontour.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.shared.FixedWindowCounter;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.shared.TooManyRequestsException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The limits of the public registration request, whatever the entry point (the form on the
 * session page, the REST API): per client address a number of requests per hour, and per
 * recipient at most a few mails per hour (a stranger cannot flood someone's mailbox from our
 * domain, nor keep renewing their links). In memory, per application instance.
 */
@Component
class RegistrationRateLimit {

    private final boolean enabled;
    private final FixedWindowCounter perClient;
    private final FixedWindowCounter perRecipient;

    RegistrationRateLimit(Clock clock,
                          RegistrationSettings settings) {
        var limits = settings.rateLimit();
        this.enabled = limits.enabled();
        this.perClient = new FixedWindowCounter(clock, Duration.ofHours(1), limits.requestsPerClientPerHour());
        this.perRecipient = new FixedWindowCounter(clock, Duration.ofHours(1), limits.mailsPerRecipientPerHour());
    }

    /** Counts a request from this client address (null: unknown, e.g. a call from code) or refuses it. */
    void countRequest(String clientAddress) {
        if (enabled && clientAddress != null && !perClient.tryAcquire(clientAddress)) {
            throw new TooManyRequestsException("registration.error.too-many-requests");
        }
    }

    /** Refuses when this address has had its mails for the hour; call before changing anything. */
    void requireRoomForMail(String email) {
        if (enabled && !perRecipient.hasRoom(key(email))) {
            throw new TooManyRequestsException("registration.error.too-many-mails");
        }
    }

    void countMail(String email) {
        if (enabled) {
            perRecipient.tryAcquire(key(email));
        }
    }

    private static String key(String email) {
        return SecretTokens.hash(email.strip().toLowerCase(Locale.ROOT));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetEndedWindows() {
        perClient.forgetEnded();
        perRecipient.forgetEnded();
    }
}
