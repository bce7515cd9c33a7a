package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;

/**
 * What every API view of a session says, written once: the public and the organiser's view embed it
 * with {@code @JsonUnwrapped}, so their JSON (and their OpenAPI schema) stays flat.
 *
 * @param province the province's name, the code being {@code provinceCode}
 */
record SessionBasics(
        long id,
        long tourId,
        String title,
        String topic,
        String description,
        @Schema(example = "Fryslân") String province,
        @Schema(example = "FR") String provinceCode,
        @Schema(example = "2027-09-14T19:00:00+02:00") OffsetDateTime startsAt,
        @Schema(example = "2027-09-14T21:30:00+02:00") OffsetDateTime endsAt,
        SessionFormat format,
        Audience audience,
        int capacity) {

    static SessionBasics of(SessionFacts s, String province) {
        return new SessionBasics(s.id(), s.tourId(), s.title(), s.topic(), s.description(), province, s.provinceCode(),
                ApiTime.out(s.startsAt()), ApiTime.out(s.endsAt()), s.format(), s.audience(), s.capacity());
    }

    /** For the organiser's view, which shows drafts too (not told as {@link SessionFacts}). */
    static SessionBasics of(TrainingSession s, String province) {
        return new SessionBasics(s.getId(), s.getTour().getId(), s.getTitle(), s.getTopic(), s.getDescription(), province,
                s.getProvinceCode(), ApiTime.out(s.getStartsAt()), ApiTime.out(s.getEndsAt()), s.getFormat(),
                s.getAudience(), s.getCapacity());
    }
}
