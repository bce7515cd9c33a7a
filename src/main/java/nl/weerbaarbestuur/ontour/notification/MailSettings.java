package nl.weerbaarbestuur.ontour.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.shared.MailboxAddress;
import nl.weerbaarbestuur.ontour.shared.PositiveDuration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox and its dispatcher send mail ({@code ontour.mail.*}). The dispatcher's timing
 * ({@code dispatch-interval}, {@code dispatch-initial-delay}) is read by its {@code @Scheduled}.
 *
 * @param from the sender of every mail; its domain is also the right side of each Message-ID
 * @param replyTo the Reply-To of every mail (empty: none)
 * @param batchSize how many due messages the dispatcher claims at a time and sends over one SMTP connection
 * @param lease how long a claimed message stays with the instance that claimed it; after a crash it is tried again when this has passed
 * @param backoffBase the wait before the first retry of a failed message; doubled on each further failure
 * @param backoffMax the longest wait between retries
 * @param maxAttempts attempts before a message is marked failed
 */
@Validated
@ConfigurationProperties("ontour.mail")
record MailSettings(@NotBlank @MailboxAddress @DefaultValue("On Tour <ontour@localhost>") String from,
                    @MailboxAddress @DefaultValue("") String replyTo,
                    @Min(1) @DefaultValue("50") int batchSize,
                    @PositiveDuration @DefaultValue("PT5M") Duration lease,
                    @PositiveDuration @DefaultValue("PT1M") Duration backoffBase,
                    @PositiveDuration @DefaultValue("PT1H") Duration backoffMax,
                    @Min(1) @DefaultValue("8") int maxAttempts) {
}
