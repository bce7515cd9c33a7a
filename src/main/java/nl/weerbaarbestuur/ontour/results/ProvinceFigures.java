package nl.weerbaarbestuur.ontour.results;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one province in one tour (or, with a null code, of the whole tour).
 *
 * <ul>
 *   <li>{@code sessionsPlanned}: sessions that are not cancelled (draft, published or held);</li>
 *   <li>{@code sessionsHeld}: completed, or published and over;</li>
 *   <li>{@code registrations}: people who confirmed their registration: confirmed, waitlisted or
 *       awaiting the griffie's approval (not the unconfirmed, expired, rejected or cancelled);</li>
 *   <li>fill rate: confirmed / capacity of the sessions that are not cancelled;</li>
 *   <li>attendance rate: checked in / confirmed, at held sessions only;</li>
 *   <li>reach: distinct Statenleden of the province (by e-mail, the province they registered
 *       for) checked in at least once anywhere in the tour / the province's PS seats.</li>
 * </ul>
 * A rate whose denominator is zero is null (shown as "-"), never 0%.
 */
public record ProvinceFigures(@Nullable String provinceCode, @Nullable String provinceName, int sessionsPlanned, int sessionsHeld,
                              int registrations, int confirmed, int capacity, int waitlisted,
                              int confirmedAtHeld, int checkedInAtHeld, int statenledenReached, int psSeats) {

    public @Nullable Double fillRate() {
        return ratio(confirmed, capacity);
    }

    public @Nullable Double attendanceRate() {
        return ratio(checkedInAtHeld, confirmedAtHeld);
    }

    public @Nullable Double reach() {
        return ratio(statenledenReached, psSeats);
    }

    public boolean isTotal() {
        return provinceCode == null;
    }

    ProvinceFigures plus(ProvinceFigures o) {
        return new ProvinceFigures(provinceCode, provinceName, sessionsPlanned + o.sessionsPlanned,
                sessionsHeld + o.sessionsHeld, registrations + o.registrations, confirmed + o.confirmed,
                capacity + o.capacity, waitlisted + o.waitlisted, confirmedAtHeld + o.confirmedAtHeld,
                checkedInAtHeld + o.checkedInAtHeld, statenledenReached + o.statenledenReached, psSeats + o.psSeats);
    }

    private static @Nullable Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
