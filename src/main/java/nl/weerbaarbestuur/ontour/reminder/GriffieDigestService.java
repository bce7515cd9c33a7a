package nl.weerbaarbestuur.ontour.reminder;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.security.UserAccountService.GriffieContact;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest for griffie users: the registrations of their provinces (people from there,
 * or sessions held there) whose status changed since the previous digest, and how many wait for
 * their approval. Nothing changed, nothing sent. One digest per user per day (the outbox key
 * names the date), also with two instances. Each digest carries a fresh unsubscribe link.
 */
@Service
public class GriffieDigestService {

    private final UserAccountService accounts;
    private final GriffieDigestRepository digests;
    private final Attendees registrations;
    private final PlanningService planning;
    private final ProvinceService provinces;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;

    GriffieDigestService(UserAccountService accounts, GriffieDigestRepository digests, Attendees registrations,
                         PlanningService planning, ProvinceService provinces, MailTemplates templates, MailOutbox outbox,
                         Translations translations, CurrentUser currentUser, Clock clock,
                         SiteAddress site) {
        this.accounts = accounts;
        this.digests = digests;
        this.registrations = registrations;
        this.planning = planning;
        this.provinces = provinces;
        this.templates = templates;
        this.outbox = outbox;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    /** The griffie users who may get a digest today. */
    @Transactional(readOnly = true)
    public List<GriffieContact> recipients() {
        return accounts.activeGriffieUsers().stream()
                .filter(user -> digests.findById(user.id()).map(GriffieDigest::isEnabled).orElse(true))
                .toList();
    }

    /** Writes this user's digest if something changed since the last one; returns whether one was stored. */
    @Transactional
    public boolean digestFor(GriffieContact user) {
        var now = clock.instant();
        var digest = digests.findById(user.id()).orElseGet(() -> digests.save(new GriffieDigest(user.id())));
        if (!digest.isEnabled() || user.provinceCodes().isEmpty()) {
            return false;
        }
        var since = digest.getCoveredUntil() != null ? digest.getCoveredUntil() : now.minus(Duration.ofDays(1));
        var sessionIds = planning.sessionIdsInProvinces(user.provinceCodes());
        var changes = registrations.changedBetween(user.provinceCodes(), sessionIds, since, now);
        if (changes.isEmpty()) {
            digest.covered(now, null);
            return false;
        }
        var token = SecretTokens.newToken();
        var locale = DutchTime.DUTCH;
        var sessions = new HashMap<Long, String>();
        var overview = changes.stream().map(change -> {
            var session = sessions.computeIfAbsent(change.sessionId(), id -> planning.find(id)
                    .map(s -> s.title() + ", " + DutchTime.dateTime(s.startsAt(), locale)).orElse("#" + id));
            var who = change.fullName() + " (" + translations.getTranslation("function." + change.function().name(), locale)
                    + (change.fractie() == null ? "" : ", " + change.fractie()) + ")";
            return translations.getTranslation("mail.digest.line", locale, who,
                    translations.getTranslation("registration.status." + change.status().name(), locale), session);
        }).collect(Collectors.joining("\n"));
        long awaiting = changes.stream().filter(c -> c.status() == RegistrationStatus.AWAITING_APPROVAL).count();
        var provinceNames = user.provinceCodes().stream().sorted()
                .map(code -> provinces.find(code).map(Province::getName).orElse(code)).collect(Collectors.joining(", "));
        var content = templates.render(MailType.GRIFFIE_DIGEST, "nl", Map.of(
                "naam", user.displayName(),
                "provincie", provinceNames,
                "sinds", DutchTime.dateTime(since, locale),
                "overzicht", overview,
                "goedkeuring", awaiting == 0 ? "" : translations.getTranslation("mail.digest.awaiting", locale, awaiting),
                "link", baseUrl + "/overzicht",
                "afmeldlink", baseUrl + "/digest/afmelden/" + token));
        var today = LocalDate.ofInstant(now, DutchTime.ZONE);
        var stored = outbox.enqueue(new OutgoingMessage("griffie-digest:" + user.id() + ":" + today, MailType.GRIFFIE_DIGEST.name(),
                "nl", user.email(), content.subject(), content.text())
                .withListUnsubscribe(baseUrl + "/api/v1/digest/unsubscribe/" + token));
        digest.covered(now, stored ? SecretTokens.hash(token) : null);
        return stored;
    }

    /** Turns the digest off for whoever holds the link of their latest digest; false for an unknown or outdated link. */
    @Transactional
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        var digest = digests.findByUnsubscribeTokenHash(SecretTokens.hash(token));
        digest.ifPresent(GriffieDigest::unsubscribe);
        return digest.isPresent();
    }

    /** Whether the signed-in griffie user gets the digest. */
    @RolesAllowed(Role.Names.GRIFFIE)
    @Transactional(readOnly = true)
    public boolean isSubscribed() {
        return digests.findById(currentUser.require().id()).map(GriffieDigest::isEnabled).orElse(true);
    }

    /** The signed-in griffie user turns the digest on or off. */
    @RolesAllowed(Role.Names.GRIFFIE)
    @Transactional
    public void subscribe(boolean wanted) {
        var id = currentUser.require().id();
        var digest = digests.findById(id).orElseGet(() -> digests.save(new GriffieDigest(id)));
        if (wanted) {
            digest.subscribe();
        } else {
            digest.unsubscribe();
        }
    }
}
