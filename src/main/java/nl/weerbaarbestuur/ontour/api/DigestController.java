package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.weerbaarbestuur.ontour.reminder.GriffieDigestService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe (RFC 8058) for the griffie digest: mail clients POST to the address in its
 * List-Unsubscribe header. The answer is the same for a known and an unknown link.
 */
@RestController
@Tag(name = "Digest")
class DigestController {

    private final GriffieDigestService digests;

    DigestController(GriffieDigestService digests) {
        this.digests = digests;
    }

    @PostMapping("/api/v1/digest/unsubscribe/{token}")
    @Operation(summary = "Turn the griffie digest off (one-click unsubscribe)")
    ResponseEntity<Void> unsubscribe(@PathVariable String token) {
        digests.unsubscribe(token);
        return ResponseEntity.noContent().build();
    }
}
