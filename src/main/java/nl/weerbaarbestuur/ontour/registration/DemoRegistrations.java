package nl.weerbaarbestuur.ontour.registration;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.planning.DemoTourPlanned;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo people registered for the demo tour ({@code ontour.demo-data=true}, first start only), so
 * that the dashboard, the attendee lists and the results have something to show: the session of
 * the coming two weeks full, with a waitlist, one registration waiting for the griffie's approval
 * and one cancelled; a few in every other published session (on location and online for a hybrid
 * one); and the held session's attendees, whom the attendance module then checks in.
 *
 * <p>The names are made up (their surnames say so) and the addresses are on example.org, a domain
 * reserved for examples that never receives mail. Nothing is announced ({@link Registration#keepQuiet}):
 * nobody gets an invite or a mail.
 */
@Component
@ConditionalOnBooleanProperty(name = "ontour.demo-data")
class DemoRegistrations {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistrations.class);
    private static final List<String> FIRST_NAMES = List.of("Anouk", "Bas", "Carmen", "Daan", "Eline", "Farid", "Gerda",
            "Hidde", "Iris", "Jeroen", "Karin", "Lars", "Mila", "Noah", "Olga", "Pieter", "Rosa", "Sem", "Tess", "Youssef",
            "Zeynep", "Wouter");
    private static final List<String> SURNAMES = List.of("Voorbeeld", "Proefmans", "Testerveld", "Demokamp", "Oefenaar",
            "Verzinsel", "Probeerder", "Modelman", "Staaltje", "Nepkamp");
    private static final List<String> FRACTIES = List.of("D66", "VVD", "CDA", "GroenLinks-PvdA", "BBB", "SP", "PVV",
            "ChristenUnie", "JA21", "Partij voor de Dieren");
    /** People register from about three weeks before a session (or before today, for one still to come). */
    private static final Duration BEFORE_START = Duration.ofDays(20);

    private final RegistrationRepository registrations;
    private final SeatLedgerRepository ledgers;
    private final Seats seats;
    private final PlanningService planning;
    private final ProvinceService provinces;
    private final Clock clock;
    private int person;

    DemoRegistrations(RegistrationRepository registrations, SeatLedgerRepository ledgers, Seats seats, PlanningService planning,
                      ProvinceService provinces, Clock clock) {
        this.registrations = registrations;
        this.ledgers = ledgers;
        this.seats = seats;
        this.planning = planning;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Before the attendance module's demo check-ins, which need these registrations. */
    @EventListener
    @Order(1)
    void on(DemoTourPlanned planned) {
        int count = 0;
        int other = 0;
        for (var session : planning.seenOfTour(planned.tourId(), Instant.EPOCH)) {
            if (session.status() == SessionStatus.COMPLETED) {
                count += confirm(session, 9);
            } else if (session.status() == SessionStatus.PUBLISHED && session.griffieApprovalRequired()) {
                count += fillUp(session);
            } else if (session.status() == SessionStatus.PUBLISHED) {
                count += confirm(session, session.closed() ? 2 : 3 + (other++ * 2) % 6);
            }
        }
        log.info("Demo data: {} registrations of made-up people added to the demo tour", count);
    }

    /**
     * Every seat taken and two on the waitlist, after one cancellation whose seat went to the first
     * on the waitlist (as {@link Seats} does it); and one registration waiting for the griffie's approval.
     */
    private int fillUp(SessionFacts session) {
        int made = confirm(session, session.capacity() + 3);
        var ledger = ledgers.findById(session.id()).orElseThrow();
        var cancelled = registrations.findBySessionIdAndStatusOrderByConfirmedAtAscIdAsc(session.id(),
                RegistrationStatus.CONFIRMED).get(1);
        var later = cancelled.getConfirmedAt().plus(Duration.ofDays(2));
        cancelled.cancel(later);
        cancelled.keepQuiet();
        registrations.save(cancelled);
        ledger.freeSeat();
        registrations.findFirstWaitlisted(session.id()).ifPresent(first -> {
            ledger.tryTakeSeat();
            first.promote(later);
            first.keepQuiet();
            registrations.save(first);
        });
        var waiting = newRegistration(session, MadeBy.SELF, session.provinceCode());
        waiting.awaitApproval(waiting.getCreatedAt().plus(Duration.ofMinutes(20)));
        registrations.save(waiting);
        return made + 1;
    }

    /** {@code number} confirmed registrations (beyond the capacity: the waitlist); one in five made by the griffie. */
    private int confirm(SessionFacts session, int number) {
        for (int i = 0; i < number; i++) {
            var by = i % 5 == 4 ? MadeBy.GRIFFIE : MadeBy.SELF;
            // One in six comes from a neighbouring province: a griffie sees only its own province's people.
            var province = i % 6 == 5 ? neighbourOf(session.provinceCode()) : session.provinceCode();
            allocate(session, registrations.save(newRegistration(session, by, province)));
        }
        return number;
    }

    private void allocate(SessionFacts session, Registration registration) {
        var at = registration.getCreatedAt().plus(Duration.ofMinutes(20));
        var ledger = ledgers.findById(session.id()).orElseThrow();
        if (ledger.tryTakeSeat()) {
            registration.takeSeat(at);
        } else {
            registration.joinWaitlist(ledger.nextWaitlistPosition(), at);
        }
        registration.keepQuiet();
        registrations.save(registration);
    }

    /**
     * A made-up person. A hybrid session's own registrations chose on location or online (two in
     * three on location); those the griffie made did not choose.
     */
    private Registration newRegistration(SessionFacts session, MadeBy by, String provinceCode) {
        seats.ensureLedger(session);
        int n = person++;
        var first = FIRST_NAMES.get(n % FIRST_NAMES.size());
        var surname = SURNAMES.get((n * 7 + n / FIRST_NAMES.size()) % SURNAMES.size());
        var email = (first + "." + surname + "." + (n + 1)).toLowerCase(Locale.ROOT) + "@example.org";
        var mode = session.format() != SessionFormat.HYBRID || by != MadeBy.SELF ? null
                : n % 3 == 2 ? AttendanceMode.ONLINE : AttendanceMode.IN_PERSON;
        var function = n % 7 == 3 ? ParticipantFunction.GRIFFIEMEDEWERKER
                : n % 11 == 5 ? ParticipantFunction.GEDEPUTEERDE : ParticipantFunction.STATENLID;
        var details = new ParticipantDetails(first + " " + surname, email, function, provinceCode,
                function == ParticipantFunction.STATENLID ? FRACTIES.get(n % FRACTIES.size()) : null,
                n % 9 == 4 ? "Rolstoeltoegankelijke plek graag" : null, n % 8 == 6 ? "Vegetarisch" : null, null, "nl", mode);
        var earliest = (session.startsAt().isBefore(clock.instant()) ? session.startsAt() : clock.instant()).minus(BEFORE_START);
        var createdAt = earliest.plus(Duration.ofHours(5L * n % 300));
        var manage = SecretTokens.hash(SecretTokens.newToken());
        if (by == MadeBy.SELF) {
            return Registration.requested(session.id(), details, SecretTokens.hash(SecretTokens.newToken()), manage,
                    createdAt, createdAt.plus(Duration.ofDays(2)));
        }
        return Registration.onBehalf(session.id(), details, by, griffieAccount(provinceCode), manage, createdAt);
    }

    /** The demo griffie account of a province, as the security module's demo data names it: griffie.fryslan@... */
    private String griffieAccount(String provinceCode) {
        var name = provinces.find(provinceCode).map(p -> p.getName()).orElse(provinceCode);
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "griffie." + plain.toLowerCase(Locale.ROOT).replace(' ', '-') + "@demo.ontour.nl";
    }

    private static String neighbourOf(String provinceCode) {
        return switch (provinceCode) {
            case "UT" -> "GE";
            case "GR" -> "DR";
            case "DR" -> "OV";
            default -> "UT";
        };
    }
}
