package nl.weerbaarbestuur.ontour.passwordreset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.security.PasswordResets;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for a reset link and using it. Whatever is typed, the asker learns nothing: the answer is
 * the same whether or not the address has an (active) account, and whether or not a mail went out.
 * Links go through the mail outbox, stored with the token in the same transaction. Limits against
 * mail bombing: {@code ontour.password-reset.per-account-per-hour} (3) links per account (counted in
 * the database), and {@code ontour.password-reset.per-client-per-hour} (10) requests per client
 * address (in memory, per instance).
 */
@Service
public class PasswordResetService {

    private final PasswordResets resets;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String baseUrl;
    private final int perClientPerHour;
    private final Map<String, Deque<Instant>> requestsPerClient = new ConcurrentHashMap<>();

    PasswordResetService(PasswordResets resets, MailTemplates templates, MailOutbox outbox, Clock clock,
                         SiteAddress site,
                         PasswordResetSettings settings) {
        this.resets = resets;
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
        this.perClientPerHour = settings.perClientPerHour();
    }

    /** Mails a reset link if the address belongs to an active account and no limit is reached; says nothing. */
    @Transactional
    public void requestLink(String typedEmail, @Nullable String clientAddress, String language) {
        if (!allowClient(clientAddress)) {
            return;
        }
        resets.issue(typedEmail).ifPresent(issued -> {
            var lang = "en".equals(language) ? "en" : "nl";
            var content = templates.render(MailType.PASSWORD_RESET, lang, Map.of(
                    "naam", issued.displayName(),
                    "herstellink", baseUrl + "/wachtwoord-herstellen/" + issued.token(),
                    "minuten", String.valueOf(issued.validity().toMinutes())));
            outbox.enqueue(new OutgoingMessage("password-reset:" + issued.tokenId(), MailType.PASSWORD_RESET.name(), lang,
                    issued.email(), content.subject(), content.text()));
        });
    }

    @Transactional(readOnly = true)
    public boolean linkIsUsable(String token) {
        return resets.isUsable(token);
    }

    /** Sets the password through the link; see {@link PasswordResets#reset}. */
    @Transactional
    public void setPassword(String token, String newPassword, @Nullable String clientAddress) {
        resets.reset(token, newPassword, clientAddress);
    }

    private boolean allowClient(@Nullable String clientAddress) {
        var key = clientAddress == null ? "" : clientAddress;
        var now = clock.instant();
        var horizon = now.minus(Duration.ofHours(1));
        var allowed = new boolean[1];
        requestsPerClient.compute(key, (k, times) -> {
            var list = times == null ? new ArrayDeque<Instant>() : times;
            while (!list.isEmpty() && !list.peekFirst().isAfter(horizon)) {
                list.removeFirst();
            }
            allowed[0] = list.size() < perClientPerHour;
            if (allowed[0]) {
                list.addLast(now);
            }
            return list;
        });
        return allowed[0];
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetOldRequests() {
        var horizon = clock.instant().minus(Duration.ofHours(1));
        requestsPerClient.keySet().forEach(key -> requestsPerClient.computeIfPresent(key,
                (k, times) -> times.isEmpty() || !times.peekLast().isAfter(horizon) ? null : times));
    }
}
