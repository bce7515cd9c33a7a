package nl.weerbaarbestuur.ontour.replies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample replies under {@code src/test/resources/replies}, with the invite's facts filled in. */
final class ReplySamples {

    private ReplySamples() {
    }

    static String outlook(String uid, int sequence, String attendee, String partStat) {
        return fill("outlook-reply.ics", uid, sequence, attendee, partStat);
    }

    /**
     * As Outlook sometimes answers an updated invite: no SEQUENCE, the version it answers only in
     * X-MICROSOFT-CDO-APPT-SEQUENCE (here {@code sequence}).
     */
    static String outlookWithoutSequence(String uid, int sequence, String attendee, String partStat) {
        return fill("outlook-reply-without-sequence.ics", uid, sequence, attendee, partStat);
    }

    static String thunderbird(String uid, int sequence, String attendee, String partStat) {
        return fill("thunderbird-reply.ics", uid, sequence, attendee, partStat);
    }

    private static String fill(String name, String uid, int sequence, String attendee, String partStat) {
        try (var in = ReplySamples.class.getResourceAsStream("/replies/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${UID}", uid)
                    .replace("${SEQUENCE}", Integer.toString(sequence)).replace("${ATTENDEE}", attendee)
                    .replace("${PARTSTAT}", partStat);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
