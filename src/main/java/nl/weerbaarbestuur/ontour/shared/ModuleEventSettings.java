package nl.weerbaarbestuur.ontour.shared;

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
 */
@Validated
@ConfigurationProperties("ontour.events")
public record ModuleEventSettings(@PositiveDuration @DefaultValue("P7D") Duration keepCompleted,
                                  @NotBlank @DefaultValue("0 15 3 * * *") String cleanupCron) {
}
