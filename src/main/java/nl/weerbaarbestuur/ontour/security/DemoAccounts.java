package nl.weerbaarbestuur.ontour.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts so that a newcomer can try every role: an organiser, a trainer and a griffie user
 * per province. Only with {@code ontour.demo-data=true}; never use demo data in production.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "ontour.demo-data")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final String ORGANISER = "organisator@demo.ontour.nl";
    static final String TRAINER = "trainer@demo.ontour.nl";
    static final String DOMAIN = "@demo.ontour.nl";

    /** Province code, the local part of its griffie demo address, and its name. */
    private static final String[][] GRIFFIES = {
            {"GR", "groningen", "Groningen"}, {"FR", "fryslan", "Fryslân"}, {"DR", "drenthe", "Drenthe"},
            {"OV", "overijssel", "Overijssel"}, {"FL", "flevoland", "Flevoland"}, {"GE", "gelderland", "Gelderland"},
            {"UT", "utrecht", "Utrecht"}, {"NH", "noord-holland", "Noord-Holland"}, {"ZH", "zuid-holland", "Zuid-Holland"},
            {"ZE", "zeeland", "Zeeland"}, {"NB", "noord-brabant", "Noord-Brabant"}, {"LI", "limburg", "Limburg"}};

    private final UserAccountService accounts;
    private final UserAccountRepository repository;
    private final String password;

    DemoAccounts(UserAccountService accounts, UserAccountRepository repository,
                 SecuritySettings settings) {
        this.accounts = accounts;
        this.repository = repository;
        this.password = settings.demo().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!repository.existsByEmail(ORGANISER)) {
            accounts.createAccount(ORGANISER, "Olga Organisator", Role.ORGANISER, Set.of(), password);
            accounts.createAccount(TRAINER, "Tim Trainer", Role.TRAINER, Set.of(), password);
            for (var griffie : GRIFFIES) {
                accounts.createAccount("griffie." + griffie[1] + DOMAIN, "Griffie " + griffie[2], Role.GRIFFIE,
                        Set.of(griffie[0]), password);
            }
        }
        log.info("""

                ============================================================
                 Demo data is on (ontour.demo-data=true). Sign in at /login:
                   organiser: {}
                   trainer:   {}
                   griffie:   griffie.<province>{}  (e.g. griffie.utrecht{})
                   password:  {}
                ============================================================""",
                ORGANISER, TRAINER, DOMAIN, DOMAIN, password);
    }
}
