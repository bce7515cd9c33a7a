package nl.weerbaarbestuur.ontour.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailed inzage links. Once a manage link shows the status only (the registration ended or its
 * session is over), an old link that was forwarded or leaked must not reveal personal data, yet
 * the person keeps their right of access: the link can ask for a fresh, short-lived inzage link,
 * which goes only to the registration's own address. A few per registration per hour, so the
 * button cannot be used to flood a mailbox.
 */
@Service
public class InzageLinks {

    /** Mailed links per registration in any hour. */
    public static final int PER_HOUR = 3;
    /** The path of a mailed link; the mail log masks what follows it. */
    public static final String PATH = "mijn-gegevens/";

    private static final Logger log = LoggerFactory.getLogger(InzageLinks.class);

    private final InzageLinkRepository links;
    private final ParticipantRegistrations registrations;
    private final Attendees attendees;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Clock clock;
    private final Duration validity;
    private final String baseUrl;

    InzageLinks(InzageLinkRepository links, ParticipantRegistrations registrations, Attendees attendees, MailOutbox outbox,
                MailTemplates templates, Clock clock,
                InzageSettings settings,
                SiteAddress site) {
        this.links = links;
        this.registrations = registrations;
        this.attendees = attendees;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
        this.validity = settings.inzageLinkValidity();
        this.baseUrl = site.baseUrl();
    }

    /** How long a mailed link works. */
    public Duration validity() {
        return validity;
    }

    /**
     * Mails a new inzage link to the address of the registration behind this manage link (the raw
     * token). Refused for an unknown, revoked or anonymised link, and beyond {@link #PER_HOUR}
     * requests for the registration in the last hour ("inzage.link.error.too-many").
     */
    @Transactional
    public void mailLink(String manageToken) {
        Attendee own;
        try {
            own = registrations.byManageToken(manageToken);
        } catch (NotFoundException unknown) {
            throw new BusinessRuleException("registration.error.token-unknown");
        }
        // One request at a time per registration, so the hourly count holds under double clicks.
        var current = attendees.lock(own.registrationId()).filter(a -> !a.isAnonymised())
                .orElseThrow(() -> new BusinessRuleException("registration.error.token-unknown"));
        var now = clock.instant();
        if (links.countByRegistrationIdAndCreatedAtAfter(own.registrationId(), now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            log.info("Inzage link for registration {} refused: {} in the last hour", own.registrationId(), PER_HOUR);
            throw new BusinessRuleException("inzage.link.error.too-many", PER_HOUR);
        }
        var token = SecretTokens.newToken();
        var link = links.save(new InzageLink(own.registrationId(), SecretTokens.hash(token), now, now.plus(validity)));
        var language = current.language() == null ? "nl" : current.language();
        var content = templates.render(MailType.INZAGE_LINK, language, Map.of(
                "naam", current.fullName(),
                "gegevenslink", baseUrl + "/" + PATH + token,
                "uren", String.valueOf(validity.toHours())));
        outbox.enqueue(new OutgoingMessage("inzage-link:" + link.getId(), MailType.INZAGE_LINK.name(), language,
                current.email(), content.subject(), content.text()));
        log.info("Inzage link {} mailed for registration {}", link.getId(), own.registrationId());
    }

    /**
     * Removes links that have expired and no longer count towards the hourly limit (retention
     * step "inzage-links"); returns how many.
     */
    @Transactional
    public int purgeExpired(java.time.Instant now) {
        return links.deleteExpired(now, now.minus(Duration.ofHours(1)));
    }

    /** The registration a mailed link (the raw token) belongs to, while the link is valid. */
    @Transactional(readOnly = true)
    public Optional<Long> registrationOf(String linkToken) {
        if (linkToken == null || linkToken.isBlank() || linkToken.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return links.findByTokenHash(SecretTokens.hash(linkToken.strip())).filter(link -> link.isValidAt(now))
                .map(InzageLink::getRegistrationId);
    }
}
