package nl.weerbaarbestuur.ontour.calendar;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar files on the web, open to anyone (participants have no account; the secret tokens
 * are their keys): {@code /agenda/sessie/{id}.ics} (public, PUBLISH), {@code /agenda/mijn/{token}.ics}
 * (the participant's own REQUEST, by manage token), and the feeds {@code /agenda/tour/{id}.ics},
 * {@code /agenda/provincie/{code}.ics} and {@code /agenda/feed/{token}.ics}. Anything unknown,
 * wrong or revoked is a bare 404 that says nothing more.
 */
@RestController
class CalendarDownloads {

    private final CalendarInvites invites;
    private final CalendarFeeds feeds;

    CalendarDownloads(CalendarInvites invites, CalendarFeeds feeds) {
        this.invites = invites;
        this.feeds = feeds;
    }

    @GetMapping("/agenda/sessie/{id}.ics")
    ResponseEntity<byte[]> session(@PathVariable String id) {
        return parse(id).flatMap(invites::publicFile)
                .map(file -> file(file, "sessie-" + id + ".ics", CacheControl.noCache()))
                .orElseGet(CalendarDownloads::notFound);
    }

    @GetMapping("/agenda/mijn/{token}.ics")
    ResponseEntity<byte[]> mine(@PathVariable String token) {
        return invites.personalDownload(token)
                .map(file -> file(file, "mijn-sessie.ics", CacheControl.noStore().cachePrivate()))
                .orElseGet(CalendarDownloads::notFound);
    }

    @GetMapping("/agenda/tour/{id}.ics")
    ResponseEntity<byte[]> tour(@PathVariable String id, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return feed(parse(id).flatMap(feeds::tour), ifNoneMatch, false);
    }

    @GetMapping("/agenda/provincie/{code}.ics")
    ResponseEntity<byte[]> province(@PathVariable String code, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return feed(code.length() > 40 ? Optional.empty() : feeds.province(code), ifNoneMatch, false);
    }

    @GetMapping("/agenda/feed/{token}.ics")
    ResponseEntity<byte[]> privateFeed(@PathVariable String token, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return feed(feeds.privateFeed(token), ifNoneMatch, true);
    }

    private static ResponseEntity<byte[]> feed(Optional<CalendarFeeds.Feed> found, String ifNoneMatch, boolean secret) {
        if (found.isEmpty()) {
            return notFound();
        }
        var feed = found.get();
        var cache = secret ? CacheControl.noCache().cachePrivate() : CacheControl.noCache();
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || ifNoneMatch.contains(feed.etag()))) {
            var notModified = ResponseEntity.status(304).eTag(feed.etag()).cacheControl(cache);
            if (feed.lastModified() != null) {
                notModified.lastModified(feed.lastModified().truncatedTo(ChronoUnit.SECONDS));
            }
            return notModified.build();
        }
        var ok = ResponseEntity.ok().contentType(calendar(InviteMethod.PUBLISH)).eTag(feed.etag()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff");
        if (secret) {
            ok.header("Referrer-Policy", "no-referrer");
        }
        if (feed.lastModified() != null) {
            ok.lastModified(feed.lastModified().truncatedTo(ChronoUnit.SECONDS));
        }
        return ok.body(feed.ics().getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> file(CalendarInvites.IcsFile file, String name, CacheControl cache) {
        return ResponseEntity.ok().contentType(calendar(file.method()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .cacheControl(cache)
                .body(file.ics().getBytes(StandardCharsets.UTF_8));
    }

    private static MediaType calendar(InviteMethod method) {
        return new MediaType("text", "calendar", java.util.Map.of("charset", "UTF-8", "method", method.name()));
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.notFound().build();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
