package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.Coverage;
import org.jspecify.annotations.Nullable;

@Schema(name = "Tour")
record TourView(long id, String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn, String organiserEmail,
                long version,
                @Schema(description = "Days after a session ends before its registrations are anonymised (30-730)") int retentionDays,
                @Schema(description = "Per province code: NONE, PLANNED or HELD") Map<String, Coverage> coverage) {
}
