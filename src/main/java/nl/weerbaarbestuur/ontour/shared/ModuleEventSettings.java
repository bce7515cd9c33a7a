package nl.weerbaarbestuur.ontour.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the modules' events stay in {@code EVENT_PUBLICATION} once handled ({@code ontour.events.*}).
 *
 * @param keepCompleted how long a handled module event stays in the EVENT_PUBLICATION table (for looking into what happened) before the nightly clean-up deletes it; unhandled and failed ones always stay
 * @param cleanupCron when the clean-up of handled module events runs (Amsterdam time)
 * @param retry how a module event whose listener failed is tried again
 */
@Validated
@ConfigurationProperties("ontour.events")
public record ModuleEventSettings(@PositiveDuration @DefaultValue("P7D") Duration keepCompleted,
                                  @NotBlank @DefaultValue("0 15 3 * * *") String cleanupCron,
                                  @Valid @DefaultValue Retry retry) {

    /**
     * A listener that failed (its transaction rolled back: a deadlock, a lost database connection, a
     * bug) leaves its event FAILED; without a retry it waited for the next restart.
     *
     * @param enabled whether failed module events are tried again while the application runs (otherwise only at a restart)
     * @param interval how often failed module events are looked for; one is tried again once it was published at least this long ago
     * @param maxAttempts tries per module event, the first included; after the last it stays FAILED in EVENT_PUBLICATION for an operator (the log names it at each failure)
     */
    public record Retry(@DefaultValue("true") boolean enabled,
                        @PositiveDuration @DefaultValue("PT5M") Duration interval,
                        @Min(1) @DefaultValue("5") int maxAttempts) {
    }
}
