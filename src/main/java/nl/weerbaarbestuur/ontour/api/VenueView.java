package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.weerbaarbestuur.ontour.planning.Venue;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

@Schema(name = "Venue")
record VenueView(@Nullable Long id, String name, @Schema(example = "Tweebaksmarkt 52, 8911 KZ Leeuwarden") String address,
                 @Nullable String room, @Nullable String accessibilityNotes) {

    @Contract("!null -> !null")
    static @Nullable VenueView of(@Nullable Venue venue) {
        return venue == null ? null
                : new VenueView(venue.getId(), venue.getName(), venue.address(), venue.getRoom(), venue.getAccessibilityNotes());
    }
}
