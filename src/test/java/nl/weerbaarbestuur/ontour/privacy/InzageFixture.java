package nl.weerbaarbestuur.ontour.privacy;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationReceipt;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;

import java.util.UUID;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.griffie.AttendeeExports;
import nl.weerbaarbestuur.ontour.griffie.ExportFormat;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pieter Post, registered in two sessions (one cancelled) under his address written two ways;
 * Quinten Quist in the same session; Jan Pieter Postma with an address that contains Pieter's.
 * Staff look at the lists before and after Pieter registered, in and out of his province's scope.
 */
public final class InzageFixture {

    public final String pieterName;
    public final String pieterEmail;
    public final String quintenName;
    public final String quintenEmail;
    public final String postmaName;
    public final String postmaEmail;
    public final String organiserEmail = "olga.organisator@test.ontour.nl";
    public final long session;
    public final long otherSession;
    public final long pieter;
    public final long pieterCancelled;
    public final long quinten;
    public final String pieterToken;
    public final String pieterCancelledToken;
    public final String quintenToken;

    public InzageFixture(ApplicationContext context) {
        var clock = context.getBean(MutableClock.class);
        var registrations = context.getBean(RegistrationAdministration.class);
        var support = new AttendanceTestSupport(context.getBean(TourService.class), context.getBean(SessionService.class),
                context.getBean(VenueService.class), context.getBean(TrainerService.class), registrations);
        var attendees = context.getBean(Attendees.class);
        var exports = context.getBean(AttendeeExports.class);
        var attendance = context.getBean(AttendanceService.class);
        var outbox = context.getBean(MailOutbox.class);
        var transactions = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));

        var id = UUID.randomUUID().toString().substring(0, 8);
        pieterName = "Pieter Post " + id;
        pieterEmail = "pieter.post." + id + "@example.nl";
        quintenName = "Quinten Quist " + id;
        quintenEmail = "quinten.quist." + id + "@example.nl";
        postmaName = "Jan Pieter Postma " + id;
        postmaEmail = "jan" + pieterEmail;
        var organiser = new nl.weerbaarbestuur.ontour.security.SignedInUser(777, organiserEmail, "Olga Organisator",
                Role.ORGANISER, java.util.Set.of(), "", true);
        var griffieUt = new nl.weerbaarbestuur.ontour.security.SignedInUser(778, "gerda.griffie@test.ontour.nl",
                "Gerda Griffie", Role.GRIFFIE, java.util.Set.of("UT"), "", true);
        var griffieFr = new nl.weerbaarbestuur.ontour.security.SignedInUser(779, "frits.griffie@test.ontour.nl",
                "Frits Griffie", Role.GRIFFIE, java.util.Set.of("FR"), "", true);

        clock.set(at(SESSION_DAY.minusDays(20), 10, 0));
        session = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        otherSession = support.session(support.tour(), "UT", SESSION_DAY.plusDays(7), 10, null);
        quinten = register(registrations, session, quintenName, quintenEmail).registrationId();
        quintenToken = lastToken;
        // Before Pieter registered: a list he was not on.
        SignInAs.as(organiser, () -> attendees.open(session));

        clock.set(at(SESSION_DAY.minusDays(19), 10, 0));
        pieter = register(registrations, session, pieterName, pieterEmail).registrationId();
        pieterToken = lastToken;
        pieterCancelled = register(registrations, otherSession, pieterName, " Pieter.Post." + id + "@Example.NL ").registrationId();
        pieterCancelledToken = lastToken;
        register(registrations, otherSession, postmaName, postmaEmail);
        SignInAs.as(organiser, () -> registrations.remove(pieterCancelled));
        transactions.executeWithoutResult(tx -> {
            outbox.enqueue(new OutgoingMessage("inzage-test:" + id + ":p", "ATTENDEE_MESSAGE", "nl", pieterEmail,
                    "Bericht aan de deelnemers " + id, "GEHEIME-INHOUD " + id));
            outbox.enqueue(new OutgoingMessage("inzage-test:" + id + ":j", "ATTENDEE_MESSAGE", "nl", postmaEmail,
                    "Alleen voor Postma " + id, "Voor " + postmaName));
            outbox.enqueue(new OutgoingMessage("inzage-test:" + id + ":q", "ATTENDEE_MESSAGE", "nl", quintenEmail,
                    "Alleen voor Quinten " + id, "Voor " + quintenName));
        });

        clock.set(at(SESSION_DAY.minusDays(10), 9, 0));
        SignInAs.as(organiser, () -> attendees.open(session));
        SignInAs.as(griffieUt, () -> exports.export(session, ExportFormat.CSV, DutchTime.DUTCH));
        SignInAs.as(griffieFr, () -> attendees.open(session));
        SignInAs.as(organiser, () -> attendees.detail(quinten));
        SignInAs.as(griffieUt, () -> attendees.detail(pieter));
        SignInAs.as(organiser, () -> attendees.open(otherSession));

        clock.set(at(SESSION_DAY, 18, 50));
        SignInAs.as(organiser, () -> attendance.checkIn(pieter));
        SignInAs.as(organiser, () -> attendance.checkIn(quinten));
        clock.set(at(SESSION_DAY, 22, 0));
    }

    private String lastToken;

    private RegistrationReceipt register(RegistrationAdministration registrations, long sessionId, String name, String email) {
        var receipt = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(sessionId,
                new ParticipantDetails(name, email, ParticipantFunction.STATENLID, "UT", "Fractie " + name, "Rolstoel " + name,
                        null, null, "nl")));
        lastToken = receipt.manageToken();
        return receipt;
    }
}
