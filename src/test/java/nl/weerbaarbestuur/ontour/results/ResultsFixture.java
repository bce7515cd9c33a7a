package nl.weerbaarbestuur.ontour.results;

import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;

import java.time.LocalDate;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;

/**
 * A small tour with known figures, as of 1 June 2027:
 * <ul>
 *   <li>Utrecht, 11 May (held, 4 seats): Anna, Bert (Statenleden UT), Carla (griffier UT) and Dirk
 *       (Statenlid UT) confirmed, Eva waitlisted; Anna, Bert and Carla checked in, Dirk no-show;</li>
 *   <li>Utrecht, 12 May (held, 10 seats): Anna again and Frank (Statenlid NH) confirmed and checked in;</li>
 *   <li>Utrecht, 1 September (not held, 20 seats): Gert and Hans confirmed;</li>
 *   <li>Groningen, 20 May: cancelled (30 seats), not counted.</li>
 * </ul>
 * So Utrecht: 3 planned, 2 held, 9 registrations, 8 of 34 seats, 1 waitlisted, 5 of 6 present,
 * 2 Statenleden reached (Anna once, however often she came); Noord-Holland: 1 reached, no sessions.
 */
public final class ResultsFixture {

    public final long tourId;
    final String unique;

    public ResultsFixture(AttendanceTestSupport support, AttendanceService attendance, SessionService sessions, MutableClock clock) {
        clock.set(FixedClockConfiguration.NOW);
        unique = AttendanceTestSupport.unique("r").substring(2);
        tourId = support.tour();
        var may11 = LocalDate.of(2027, 5, 11);
        var may12 = LocalDate.of(2027, 5, 12);
        long s1 = support.session(tourId, "UT", may11, 4, null);
        long s2 = support.session(tourId, "UT", may12, 10, null);
        long s3 = support.session(tourId, "UT", LocalDate.of(2027, 9, 1), 20, null);
        long s4 = support.session(tourId, "GR", LocalDate.of(2027, 5, 20), 30, null);
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> sessions.cancel(s4, "Zaal niet beschikbaar"));

        long anna1 = support.register(s1, "Anna " + unique, "UT").registrationId();
        long bert = support.register(s1, "Bert " + unique, "UT").registrationId();
        long carla = support.register(s1, "Carla " + unique, "UT", ParticipantFunction.GRIFFIER).registrationId();
        support.register(s1, "Dirk " + unique, "UT");
        support.register(s1, "Eva " + unique, "UT");
        long anna2 = support.register(s2, "Anna " + unique, "UT").registrationId();
        long frank = support.register(s2, "Frank " + unique, "NH").registrationId();
        support.register(s3, "Gert " + unique, "UT");
        support.register(s3, "Hans " + unique, "UT");

        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            clock.set(at(may11, 18, 50));
            attendance.checkIn(anna1);
            attendance.checkIn(bert);
            attendance.checkIn(carla);
            clock.set(at(may11, 22, 0));
            attendance.markNoShows(s1);
            clock.set(at(may12, 18, 55));
            attendance.checkIn(anna2);
            attendance.checkIn(frank);
            return null;
        });
        clock.set(at(LocalDate.of(2027, 6, 1), 10, 0));
    }
}
