package nl.weerbaarbestuur.ontour.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.shared.PositiveDuration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The registration module's settings ({@code ontour.registration.*}), part of its public API: the
 * calendar reads the claim window from here to tell a promoted participant until when to give the
 * seat back, and the REST API its rate limit, so neither binds a property of this module itself.
 *
 * @param confirmationWindow how long a registration request waits for its confirmation link to be clicked
 * @param claimWindow how long a participant promoted from the waitlist has to give the seat back so it still goes to the next in line in good time
 * @param rateLimit the limits of the public registration request
 */
@Validated
@ConfigurationProperties("ontour.registration")
public record RegistrationSettings(@PositiveDuration @DefaultValue("PT48H") Duration confirmationWindow,
                                   @PositiveDuration @DefaultValue("PT48H") Duration claimWindow,
                                   @Valid @DefaultValue RateLimit rateLimit) {

    /**
     * The limits of the public registration request, whatever the entry point (form or REST API).
     *
     * @param enabled whether the limits apply at all
     * @param requestsPerClientPerHour registration requests (form and API alike) per client address per hour; over it: a Dutch message in the form, 429 in the API
     * @param mailsPerRecipientPerHour registration mails (confirmation, manage link again) to one address per hour, across all sessions
     * @param perMinute requests per client address per minute to the public REST API
     */
    public record RateLimit(@DefaultValue("true") boolean enabled,
                            @Min(1) @DefaultValue("30") int requestsPerClientPerHour,
                            @Min(1) @DefaultValue("3") int mailsPerRecipientPerHour,
                            @Min(1) @DefaultValue("30") int perMinute) {
    }
}
