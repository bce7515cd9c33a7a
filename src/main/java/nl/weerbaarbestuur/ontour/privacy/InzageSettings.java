package nl.weerbaarbestuur.ontour.privacy;

import java.time.Duration;
import nl.weerbaarbestuur.ontour.shared.PositiveDuration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The inzage link's setting (the other {@code ontour.privacy.*} settings: {@link PrivacyContact},
 * {@link RetentionSettings}).
 *
 * @param inzageLinkValidity how long a link to one's own data (inzage) works after it was mailed
 */
@Validated
@ConfigurationProperties("ontour.privacy")
record InzageSettings(@PositiveDuration @DefaultValue("PT24H") Duration inzageLinkValidity) {
}
