package nl.weerbaarbestuur.ontour.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: with no active organiser, creates one from ONTOUR_ADMIN_EMAIL
 * and ONTOUR_ADMIN_PASSWORD, or else with a generated password that is printed once in the log.
 */
@Component
@Order(0)
class FirstOrganiser implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOrganiser.class);

    private final UserAccountService accounts;
    private final String email;
    private final String password;

    FirstOrganiser(UserAccountService accounts,
                   SecuritySettings security) {
        var admin = security.admin();
        this.accounts = accounts;
        this.email = admin.email();
        this.password = admin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasActiveOrganiser()) {
            return;
        }
        var address = email.isBlank() ? "beheerder@ontour.local" : email.strip();
        if (!password.isBlank()) {
            try {
                UserAccountService.requirePassword(password);
            } catch (RuntimeException e) {
                throw new IllegalStateException("ONTOUR_ADMIN_PASSWORD must be 12 to 72 characters long", e);
            }
            accounts.createAccount(address, "Beheerder", Role.ORGANISER, Set.of(), password);
            log.info("First organiser account created from ONTOUR_ADMIN_EMAIL/ONTOUR_ADMIN_PASSWORD");
            return;
        }
        var generated = PasswordGenerator.generate();
        accounts.createAccount(address, "Beheerder", Role.ORGANISER, Set.of(), generated);
        log.warn("""

                ============================================================
                 First organiser account created (shown only this once):
                   e-mail:   {}
                   password: {}
                 Sign in at /login and change it, or set ONTOUR_ADMIN_EMAIL
                 and ONTOUR_ADMIN_PASSWORD before the first start.
                ============================================================""", address, generated);
    }
}
