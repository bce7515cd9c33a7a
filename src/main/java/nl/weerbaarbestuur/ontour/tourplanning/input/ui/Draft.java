package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;
import org.jspecify.annotations.Nullable;

/**
 * What a griffie is entering for one tour and province, kept by the page until it is saved: the
 * dates with their reasons, the preferences, and the pasted list that is not taken over yet. The
 * page keeps one per tour and province, so switching back and forth loses nothing typed.
 */
final class Draft {

    final TreeMap<LocalDate, String> dates = new TreeMap<>();
    @Nullable PartOfDay partOfDay;
    final Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    String pastedList = "";
    /** When the answer this draft started from was saved; null when there was none. */
    @Nullable Instant seenAnsweredAt;
    boolean changed;

    static Draft of(TourDates.Form form) {
        var draft = new Draft();
        draft.reset(form);
        return draft;
    }

    /** Starts again from what is stored (after a save). */
    void reset(TourDates.Form form) {
        dates.clear();
        form.dates().forEach(d -> dates.put(d.date(), d.reason()));
        partOfDay = form.partOfDay();
        weekdays.clear();
        weekdays.addAll(form.weekdays());
        seenAnsweredAt = form.answeredAt();
        changed = false;
    }

    TourDates.Answer answer() {
        List<TourDates.UnsuitableDate> given = dates.entrySet().stream()
                .map(e -> new TourDates.UnsuitableDate(e.getKey(), e.getValue())).toList();
        return new TourDates.Answer(given, partOfDay, weekdays);
    }
}
