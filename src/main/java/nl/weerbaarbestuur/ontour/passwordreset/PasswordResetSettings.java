package nl.weerbaarbestuur.ontour.passwordreset;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reset request's own limit. The link's validity and the limit per account belong to the
 * security module ({@link nl.weerbaarbestuur.ontour.security.SecuritySettings.PasswordReset}), which
 * issues the links; the same prefix keeps the property names operators know.
 *
 * @param perClientPerHour reset requests an hour per client address; beyond that the same answer, but no mail
 */
@Validated
@ConfigurationProperties("ontour.password-reset")
record PasswordResetSettings(@Min(1) @DefaultValue("10") int perClientPerHour) {
}
