package nl.weerbaarbestuur.ontour.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
import nl.weerbaarbestuur.ontour.calendar.TrainerInviteReplies;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.registration.RegistrationRetention;
import nl.weerbaarbestuur.ontour.registration.RegistrationRetention.PersonRegistration;
import nl.weerbaarbestuur.ontour.replies.ReplyLog;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure on request (AVG art. 17) of a person: every registration with their e-mail address.
 * Before a session an active registration is cancelled first (the seat goes to the waitlist),
 * then every registration is anonymised as the retention job does (attendance and figures stay),
 * its calendar rows go (invites, feed links, and the log of calendar replies about those registrations
 * or sent from the address), and every mail to the address loses body and recipient. When the
 * address is also a trainer's, the answers that trainer gave to their invites go too, with the
 * replies logged about them (the trainer stays on their sessions; removing a trainer is not this). A confirmation
 * goes to the address with no link that still works. The participant asks through their manage
 * link (it covers all registrations of that address, as the confirmation dialog says); an
 * organiser asks on behalf of someone who wrote or phoned. Each erasure is logged with counts
 * and the address's person key, never the address.
 */
@Service
public class ErasureService {

    private static final Logger log = LoggerFactory.getLogger(ErasureService.class);

    /** A session the person was registered for, as the receipt lists it. */
    public record SessionLine(long sessionId, String title, Instant startsAt, boolean cancelled) {
    }

    /**
     * What an erasure removes (preview) or removed (receipt). No personal data of anyone else.
     * {@code invites}: the calendar rows (invites, feed links, calendar replies).
     */
    public record Receipt(Instant at, int registrations, int cancelled, int mails, long invites, List<SessionLine> sessions,
                          boolean done) {
        public boolean isEmpty() {
            return registrations == 0 && mails == 0 && invites == 0;
        }
    }

    private final RegistrationRetention registrations;
    private final CalendarInvites invites;
    private final CalendarFeeds feeds;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final PlanningService planning;
    private final TourService tours;
    private final ErasureLogRepository erasureLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReplyLog replyLog;
    private final TrainerService trainers;
    private final TrainerInviteReplies trainerAnswers;

    ErasureService(RegistrationRetention registrations, CalendarInvites invites, CalendarFeeds feeds, MailOutbox outbox, MailTemplates templates,
                   PlanningService planning, TourService tours, ErasureLogRepository erasureLog, CurrentUser currentUser,
                   Clock clock, ReplyLog replyLog, TrainerService trainers, TrainerInviteReplies trainerAnswers) {
        this.replyLog = replyLog;
        this.trainers = trainers;
        this.trainerAnswers = trainerAnswers;
        this.registrations = registrations;
        this.invites = invites;
        this.feeds = feeds;
        this.outbox = outbox;
        this.templates = templates;
        this.planning = planning;
        this.tours = tours;
        this.erasureLog = erasureLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What erasing this address would remove: counts per kind and the sessions. Changes nothing. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public Receipt preview(String email) {
        var address = checked(email);
        var found = registrations.ofAddress(address);
        var now = clock.instant();
        var lines = found.stream().map(r -> line(r, willCancel(r, now))).sorted(Comparator.comparing(SessionLine::startsAt)).toList();
        var ids = found.stream().map(PersonRegistration::registrationId).toList();
        var trainerIds = trainerIds(address);
        return new Receipt(now, found.size(), (int) lines.stream().filter(SessionLine::cancelled).count(), outbox.countTo(address),
                invites.countFor(ids) + feeds.countParticipant(address) + replyLog.countConcerning(ids, trainerIds, address)
                        + trainerAnswers.countAnswers(trainerIds), lines, false);
    }

    /** An organiser erases an address across all sessions (a request by letter or phone); returns the receipt. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Receipt eraseAddress(String email) {
        return erase(checked(email), "ORGANISER", currentUser.require().email());
    }

    /**
     * The participant's own "Verwijder mijn gegevens" through their manage link (the raw token):
     * erases every registration with the link's address. Refused for an unknown or dead link.
     */
    @Transactional
    public Receipt eraseByManageToken(String manageToken) {
        var address = registrations.addressOf(manageToken)
                .orElseThrow(() -> new BusinessRuleException("registration.error.token-unknown"));
        return erase(address, "PARTICIPANT", null);
    }

    /** The latest erasures, for accountability (no addresses). */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<ErasureLogEntry> recent() {
        return erasureLog.findTop50ByOrderByIdDesc();
    }

    private Receipt erase(String address, String channel, @Nullable String requestedBy) {
        var now = clock.instant();
        var found = registrations.ofAddress(address);
        var language = registrations.languageOf(address);
        var ids = new ArrayList<Long>();
        var lines = new ArrayList<SessionLine>();
        int cancelled = 0;
        for (var registration : found) {
            var erased = registrations.erase(registration.registrationId());
            if (erased.isEmpty()) {
                continue;
            }
            ids.add(erased.get().registrationId());
            if (erased.get().cancelled()) {
                cancelled++;
            }
            lines.add(line(registration, erased.get().cancelled()));
        }
        var trainerIds = trainerIds(address);
        int removedInvites = invites.forget(ids) + feeds.forgetParticipant(address)
                + replyLog.forget(found.stream().map(PersonRegistration::registrationId).toList(), trainerIds, address)
                + trainerAnswers.forgetAnswers(trainerIds);
        int mails = outbox.eraseRecipient(address);
        lines.sort(Comparator.comparing(SessionLine::startsAt));
        var receipt = new Receipt(now, ids.size(), cancelled, mails, removedInvites, List.copyOf(lines), true);
        if (receipt.isEmpty()) {
            return receipt;
        }
        var entry = erasureLog.save(new ErasureLogEntry(now, channel, requestedBy, registrations.personKey(address), ids.size(),
                cancelled, mails, removedInvites));
        confirm(address, language, receipt, entry.getId(), found);
        log.info("Erasure {} ({}): {} registration(s), {} cancelled, {} mail(s), {} calendar row(s)", entry.getId(), channel,
                ids.size(), cancelled, mails, removedInvites);
        return receipt;
    }

    /** The confirmation: counts, sessions, and whom to ask; no link with a token (there is none left that works). */
    private void confirm(String address, String language, Receipt receipt, long erasureId, List<PersonRegistration> found) {
        var locale = Locale.forLanguageTag(language);
        var sessions = new StringBuilder();
        for (var line : receipt.sessions()) {
            sessions.append(sessions.isEmpty() ? "" : "\n").append("• ").append(line.title()).append(", ")
                    .append(DutchTime.date(line.startsAt().atZone(DutchTime.ZONE).toLocalDate(), locale));
        }
        var contact = found.stream().findFirst().flatMap(r -> planning.publicSession(r.sessionId()))
                .map(s -> tours.get(s.tourId()).getOrganiserEmail()).orElse("");
        var content = templates.render(MailType.ERASURE_CONFIRMED, language, Map.of(
                "aantal", String.valueOf(receipt.registrations()),
                "sessies", sessions.toString(),
                "contact", contact));
        outbox.enqueue(new OutgoingMessage("erasure-confirmed:" + erasureId, MailType.ERASURE_CONFIRMED.name(), language,
                address, content.subject(), content.text()));
    }

    /** The trainer with this address, if the address is a trainer's as well. */
    private List<Long> trainerIds(String address) {
        return trainers.idWithAddress(address).map(List::of).orElse(List.of());
    }

    private SessionLine line(PersonRegistration registration, boolean cancelled) {
        return planning.publicSession(registration.sessionId())
                .map(s -> new SessionLine(s.id(), s.title(), s.startsAt(), cancelled))
                .orElse(new SessionLine(registration.sessionId(), "", Instant.EPOCH, cancelled));
    }

    private boolean willCancel(PersonRegistration registration, Instant now) {
        return registration.status().isActive() && planning.publicSession(registration.sessionId())
                .map(s -> now.isBefore(s.startsAt())).orElse(false);
    }

    private static String checked(String email) {
        var address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("email", "field.required")));
        }
        // An address stored before today's rule may hold any character: erasure must still find it.
        if (!EmailAddresses.couldBeStored(address)) {
            throw new InvalidInputException(List.of(new FieldError("email", "field.email-invalid")));
        }
        return address;
    }
}
