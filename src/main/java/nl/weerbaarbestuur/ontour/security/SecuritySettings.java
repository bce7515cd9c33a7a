package nl.weerbaarbestuur.ontour.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.shared.PositiveDuration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The security module's settings: sign-in throttling ({@code ontour.login.*}), password reset links
 * ({@code ontour.password-reset.*}), the first organiser ({@code ontour.admin.*}) and the demo
 * accounts' password ({@code ontour.demo.password}). Checked at start: a bad value stops it with a
 * message naming the property.
 *
 * @param login sign-in throttling
 * @param passwordReset "wachtwoord vergeten" links
 * @param admin the first organiser, created at start-up when no active organiser exists
 * @param demo the demo accounts (only with {@code ontour.demo-data=true})
 */
@Validated
@ConfigurationProperties("ontour")
public record SecuritySettings(@Valid @DefaultValue Login login,
                               @Valid @DefaultValue PasswordReset passwordReset,
                               @Valid @DefaultValue Admin admin,
                               @Valid @DefaultValue Demo demo) {

    /**
     * Sign-in throttling: no hard lock, a growing wait after consecutive failures and hourly budgets.
     *
     * @param maxDelay sign-in throttling, no hard lock: after 3 consecutive failures for an account each try waits 1 s, 2 s, 4 s ... at most this long
     * @param accountFailuresPerHour failed sign-ins an hour per account, over every spelling and client address (addresses the account signed in from before keep their own budget); in memory, per application instance
     * @param addressFailuresPerHour failed sign-ins an hour per client address, over all accounts
     * @param sessionTimeout how long a signed-in session lasts without a request (an open tab keeps it alive with Vaadin's heartbeat); a visitor's session, which is not signed in, ends after server.servlet.session.timeout (15 minutes)
     */
    public record Login(@PositiveDuration @DefaultValue("PT1M") Duration maxDelay,
                        @Min(1) @DefaultValue("10") int accountFailuresPerHour,
                        @Min(1) @DefaultValue("30") int addressFailuresPerHour,
                        @PositiveDuration @DefaultValue("PT1H") Duration sessionTimeout) {
    }

    /**
     * "Wachtwoord vergeten" links.
     *
     * @param validity how long a reset link works (once)
     * @param perAccountPerHour reset links an hour per account; beyond that the same answer, but no mail
     */
    public record PasswordReset(@PositiveDuration @DefaultValue("PT30M") Duration validity,
                                @Min(1) @DefaultValue("3") int perAccountPerHour) {
    }

    /**
     * The first organiser.
     *
     * @param email the first organiser's address (empty: beheerder@ontour.local)
     * @param password the first organiser's password, 12 to 72 characters (the start fails otherwise; empty: generated and printed once in the log)
     */
    public record Admin(@Email @DefaultValue("") String email, @DefaultValue("") String password) {
    }

    /**
     * The demo accounts.
     *
     * @param password the password of every demo account
     */
    public record Demo(@DefaultValue("OnTour-demo-2027") String password) {
    }
}
