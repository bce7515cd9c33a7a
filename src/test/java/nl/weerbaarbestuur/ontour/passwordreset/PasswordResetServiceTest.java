package nl.weerbaarbestuur.ontour.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** "Wachtwoord vergeten" against the real database and mail outbox. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class PasswordResetServiceTest {

    private static final Pattern LINK = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "Een-nieuw-wachtwoord-2027";

    @Autowired
    PasswordResetService resets;
    @Autowired
    UserAccountService accounts;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    nl.weerbaarbestuur.ontour.security.PasswordResets resetTokens;

    private long id;
    private String email;
    private String client;

    @BeforeEach
    void a_trainer_has_an_account() {
        clock.set(FixedClockConfiguration.NOW);
        SignInAs.role(Role.ORGANISER);
        email = TestAccounts.uniqueEmail("trainer");
        id = accounts.create(email, "Tess Trainer", Role.TRAINER, Set.of()).account().getId();
        SignInAs.nobody();
        // each test its own client address, so the per-client limit of one test does not meet another's
        client = "192.0.2." + (id % 250);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private List<OutboxMessage> mailsTo(String address) {
        SignInAs.role(Role.ORGANISER);
        try {
            return outbox.search(new MailOutbox.LogFilter(null, "PASSWORD_RESET", address), 0, 100).stream()
                    .filter(m -> m.getRecipient().equals(address)).toList();
        } finally {
            SignInAs.nobody();
        }
    }

    private String linkToken(OutboxMessage mail) {
        var matcher = LINK.matcher(mail.getText());
        assertThat(matcher.find()).as("the mail holds a link").isTrue();
        return matcher.group(1);
    }

    private String requestAndReadToken() {
        resets.requestLink(email, client, "nl");
        var mails = mailsTo(email);
        return linkToken(mails.getLast());
    }

    private boolean signsIn(String password) {
        try {
            return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    @Test
    void a_known_address_gets_one_mail_with_a_link_of_which_only_the_hash_is_stored() {
        resets.requestLink("  " + email.toUpperCase() + " ", client, "nl");

        var mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Uw nieuwe wachtwoord voor On Tour");
        assertThat(mails.getFirst().getText()).contains("Tess Trainer").contains("30 minuten");
        var token = linkToken(mails.getFirst());
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        var stored = jdbc.queryForList("select token_hash from password_reset_token where user_account_id = ?", String.class, id);
        assertThat(stored).containsExactly(SecretTokens.hash(token));
        assertThat(resets.linkIsUsable(token)).isTrue();
    }

    @Test
    void an_unknown_or_deactivated_address_gets_no_mail_and_no_other_answer() {
        var unknown = TestAccounts.uniqueEmail("nobody");
        resets.requestLink(unknown, client, "nl");
        SignInAs.role(Role.ORGANISER);
        accounts.deactivate(id);
        SignInAs.nobody();
        resets.requestLink(email, client, "nl");

        assertThat(mailsTo(unknown)).isEmpty();
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void the_link_sets_a_new_password_once() {
        var token = requestAndReadToken();

        resets.setPassword(token, NEW_PASSWORD, client);

        assertThat(signsIn(NEW_PASSWORD)).isTrue();
        assertThat(resets.linkIsUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.setPassword(token, "Nog-een-ander-wachtwoord-1", client))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password-reset.error.invalid-link"));
        assertThat(signsIn(NEW_PASSWORD)).isTrue();
    }

    @Test
    void the_link_expires_after_thirty_minutes() {
        var token = requestAndReadToken();

        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        assertThat(resets.linkIsUsable(token)).isTrue();
        clock.advance(Duration.ofSeconds(1));

        assertThat(resets.linkIsUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.setPassword(token, NEW_PASSWORD, client)).isInstanceOf(BusinessRuleException.class);
        assertThat(signsIn(NEW_PASSWORD)).isFalse();
    }

    @Test
    void a_new_password_makes_the_other_outstanding_links_useless() {
        var first = requestAndReadToken();
        var second = requestAndReadToken();

        resets.setPassword(second, NEW_PASSWORD, client);

        assertThat(resets.linkIsUsable(first)).isFalse();
    }

    @Test
    void the_new_password_follows_the_rules_of_every_password_and_a_refusal_keeps_the_link() {
        var token = requestAndReadToken();

        assertThatThrownBy(() -> resets.setPassword(token, "kort", client))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.error.password-too-short"));
        assertThat(resets.linkIsUsable(token)).isTrue();
    }

    @Test
    void a_link_for_a_deactivated_account_no_longer_works() {
        var token = requestAndReadToken();
        SignInAs.role(Role.ORGANISER);
        accounts.deactivate(id);
        SignInAs.nobody();

        assertThat(resets.linkIsUsable(token)).isFalse();
    }

    @Test
    void expired_links_are_deleted_a_day_later() {
        requestAndReadToken();
        clock.advance(Duration.ofMinutes(30).plusDays(1).plusSeconds(1));

        resetTokens.purgeExpired();

        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where user_account_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void at_most_three_links_an_hour_go_to_one_account() {
        for (int i = 0; i < 5; i++) {
            resets.requestLink(email, "198.51.100." + i, "nl");
        }
        assertThat(mailsTo(email)).hasSize(3);

        clock.advance(Duration.ofHours(1));
        resets.requestLink(email, client, "en");

        var mails = mailsTo(email);
        assertThat(mails).hasSize(4);
        assertThat(mails.stream().filter(m -> m.getLanguage().equals("en")).findFirst()).get()
                .extracting(OutboxMessage::getSubject).isEqualTo("Your new password for On Tour");
    }

    @Test
    void one_client_address_cannot_send_more_than_ten_requests_an_hour() {
        var many = new java.util.ArrayList<String>();
        SignInAs.role(Role.ORGANISER);
        for (int i = 0; i < 11; i++) {
            var other = TestAccounts.uniqueEmail("spam" + i);
            accounts.create(other, "Spam " + i, Role.TRAINER, Set.of());
            many.add(other);
        }
        SignInAs.nobody();
        var spammer = "203.0.113.77";

        many.forEach(address -> resets.requestLink(address, spammer, "nl"));

        assertThat(many.stream().filter(a -> !mailsTo(a).isEmpty()).count()).isEqualTo(10);
    }
}
