package nl.weerbaarbestuur.ontour.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds to subscribe to (METHOD:PUBLISH): public ones per tour and per province, and
 * private ones behind a secret, revocable link, for a participant's own sessions or a griffie's
 * province. No feed names a participant or carries a meeting link. Each feed answers with an
 * ETag (hash of the content) and Last-Modified (latest change of its sessions), so clients that
 * poll get 304 when nothing changed.
 */
@Service
public class CalendarFeeds {

    /** Sessions that ended longer ago than this drop out of the feeds. */
    private static final Duration HISTORY = Duration.ofDays(90);

    /** A feed's content with its validators; {@code lastModified} is null for an empty feed. */
    public record Feed(String ics, String etag, @Nullable Instant lastModified) {
    }

    /** A griffie's feed link as listed for it (the token itself is shown only once, when made). */
    public record FeedLink(long id, String provinceCode, @Nullable String createdBy, Instant createdAt, @Nullable Instant revokedAt) {
    }

    private final PlanningService sessions;
    private final Attendees attendees;
    private final InviteEntries entries;
    private final FeedTokenRepository tokens;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final CalendarSettings settings;
    private final InviteComposer composer = new InviteComposer();
    private final Clock clock;

    CalendarFeeds(PlanningService sessions, Attendees attendees, InviteEntries entries, FeedTokenRepository tokens,
                  ProvinceService provinces, CurrentUser currentUser, Translations translations, CalendarSettings settings,
                  Clock clock) {
        this.sessions = sessions;
        this.attendees = attendees;
        this.entries = entries;
        this.tokens = tokens;
        this.provinces = provinces;
        this.currentUser = currentUser;
        this.translations = translations;
        this.settings = settings;
        this.clock = clock;
    }

    /** The public feed of a tour; empty for an unknown tour. */
    @Transactional(readOnly = true)
    public Optional<Feed> tour(long tourId) {
        return sessions.tourName(tourId).map(name -> feed(publicOnly(sessions.seenOfTour(tourId, since())), name, false));
    }

    /** The public feed of a province (by code, e.g. UT); empty for an unknown province. */
    @Transactional(readOnly = true)
    public Optional<Feed> province(String provinceCode) {
        return provinces.find(provinceCode.toUpperCase(Locale.ROOT)).map(p ->
                feed(publicOnly(sessions.seenInProvince(p.getCode(), since())), "On Tour: " + p.getName(), false));
    }

    /** A private feed by its secret token; empty (404) for a token that is wrong or revoked. */
    @Transactional(readOnly = true)
    public Optional<Feed> privateFeed(String token) {
        return active(token).map(t -> switch (t.getKind()) {
            case PROVINCE -> feed(sessions.seenInProvince(t.getSubject(), since()),
                    "On Tour: " + provinces.find(t.getSubject()).map(p -> p.getName()).orElse(t.getSubject()), true);
            case PARTICIPANT -> {
                var mine = new ArrayList<SessionFacts>();
                for (var seat : attendees.confirmedFor(t.getSubject())) {
                    sessions.findSeen(seat.sessionId()).filter(s -> !s.endsAt().isBefore(since())).ifPresent(mine::add);
                }
                mine.sort(Comparator.comparing(SessionFacts::startsAt));
                yield feed(mine, "On Tour", false);
            }
        });
    }

    /**
     * A participant subscribes to their own sessions, from their manage link: returns the secret
     * feed token (shown once), or empty for an unknown manage token.
     */
    @Transactional
    public Optional<String> createParticipantFeed(String manageToken) {
        return attendees.byManageToken(manageToken).map(a -> issue(FeedToken.Kind.PARTICIPANT,
                a.email().toLowerCase(Locale.ROOT), null));
    }

    /** Revokes all of a participant's feed links (from their manage link); returns how many. */
    @Transactional
    public int revokeParticipantFeeds(String manageToken) {
        var attendee = attendees.byManageToken(manageToken);
        if (attendee.isEmpty()) {
            return 0;
        }
        int revoked = 0;
        for (var token : tokens.findByKindAndSubjectOrderByCreatedAtDesc(FeedToken.Kind.PARTICIPANT,
                attendee.get().email().toLowerCase(Locale.ROOT))) {
            if (token.isActive()) {
                token.revoke(clock.instant());
                revoked++;
            }
        }
        return revoked;
    }

    /** How many feed links of this participant's address exist (the erasure preview). */
    @Transactional(readOnly = true)
    public int countParticipant(String email) {
        return tokens.findByKindAndSubjectOrderByCreatedAtDesc(FeedToken.Kind.PARTICIPANT, email.strip().toLowerCase(Locale.ROOT)).size();
    }

    /** Erasure: the participant's own feed links (they name the address) are deleted; returns how many. */
    @Transactional
    public int forgetParticipant(String email) {
        var mine = tokens.findByKindAndSubjectOrderByCreatedAtDesc(FeedToken.Kind.PARTICIPANT, email.strip().toLowerCase(Locale.ROOT));
        tokens.deleteAll(mine);
        return mine.size();
    }

    /**
     * Retention: participant feed links of an address that has no registration left (all were
     * anonymised or deleted) are deleted, with the address they name; returns how many.
     */
    @Transactional
    public int forgetParticipantsWithoutRegistrations(java.util.function.Predicate<String> stillRegistered) {
        var orphans = tokens.findByKind(FeedToken.Kind.PARTICIPANT).stream()
                .filter(t -> !stillRegistered.test(t.getSubject())).toList();
        tokens.deleteAll(orphans);
        return orphans.size();
    }

    /** A griffie makes a feed link for its own province (an organiser for any): the token, shown once. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public String createProvinceFeed(String provinceCode) {
        var user = currentUser.require();
        var province = provinces.find(provinceCode.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("province", provinceCode));
        if (!user.covers(province.getCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        return issue(FeedToken.Kind.PROVINCE, province.getCode(), user.email());
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public List<FeedLink> provinceFeeds(String provinceCode) {
        var code = provinceCode.toUpperCase(Locale.ROOT);
        if (!currentUser.require().covers(code)) {
            throw new AccessDeniedException("griffie of another province");
        }
        return tokens.findByKindAndSubjectOrderByCreatedAtDesc(FeedToken.Kind.PROVINCE, code).stream()
                .map(t -> new FeedLink(t.getId(), t.getSubject(), t.getCreatedBy(), t.getCreatedAt(), t.getRevokedAt()))
                .toList();
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public void revokeProvinceFeed(long id) {
        var token = tokens.findById(id).filter(t -> t.getKind() == FeedToken.Kind.PROVINCE)
                .filter(t -> currentUser.require().covers(t.getSubject()))
                .orElseThrow(() -> new NotFoundException("feed", id));
        token.revoke(clock.instant());
    }

    /** The address to subscribe to for a private feed token. */
    public String privateFeedUrl(String token) {
        return settings.baseUrl() + "/agenda/feed/" + token + ".ics";
    }

    /** Public feeds leave closed sessions out: those are reached only through their invitation link. */
    private static List<SessionFacts> publicOnly(List<SessionFacts> found) {
        return found.stream().filter(s -> !s.closed()).toList();
    }

    private Feed feed(List<SessionFacts> found, String name, boolean withCounts) {
        var changes = sessions.lastChanges(found.stream().map(SessionFacts::id).toList());
        var list = new ArrayList<CalendarEntry>();
        Instant lastModified = null;
        for (var s : found) {
            var stamp = changes.getOrDefault(s.id(), s.startsAt());
            lastModified = lastModified == null || stamp.isAfter(lastModified) ? stamp : lastModified;
            var extra = withCounts ? translations.getTranslation("calendar.ics.confirmed-count", DutchTime.DUTCH,
                    attendees.confirmed(s.id()).size()) : null;
            list.add(entries.published(s, stamp, extra));
        }
        var ics = composer.compose(InviteMethod.PUBLISH, list, name);
        return new Feed(ics, "\"" + SecretTokens.hash(ics).substring(0, 32) + "\"", lastModified);
    }

    private Optional<FeedToken> active(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(SecretTokens.hash(token.strip())).filter(FeedToken::isActive);
    }

    private String issue(FeedToken.Kind kind, String subject, @Nullable String createdBy) {
        var token = SecretTokens.newToken();
        tokens.save(new FeedToken(SecretTokens.hash(token), kind, subject, createdBy, clock.instant()));
        return token;
    }

    private Instant since() {
        return clock.instant().minus(HISTORY);
    }

}
