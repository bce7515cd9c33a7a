package nl.weerbaarbestuur.ontour.results;

import java.time.Instant;
import java.util.List;

/** The figures of a tour: one row per province (all twelve, in name order), the total, and per session in time order. */
public record TourFigures(long tourId, String tourName, Instant computedAt, List<ProvinceFigures> provinces,
                          ProvinceFigures total, List<SessionFigures> sessions) {
}
