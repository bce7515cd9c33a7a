package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message from an organiser or griffie to a session's confirmed attendees (from the attendee
 * list). A command, not a read, so it is not part of {@link Attendees}; the same province scope
 * applies: a griffie writes only to its own province's people.
 */
@Service
public class AttendeeMessages {

    private static final Logger log = LoggerFactory.getLogger(AttendeeMessages.class);

    private final RegistrationRepository registrations;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;

    AttendeeMessages(RegistrationRepository registrations, CurrentUser currentUser, MailOutbox outbox) {
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.outbox = outbox;
    }

    /**
     * Sends one e-mail to every confirmed attendee the user may see, through the outbox (one
     * message per person, a key of its own, so nobody sees the other addresses).
     *
     * @return how many messages were queued
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public int messageConfirmed(long sessionId, String subject, String text) {
        return messageConfirmed(sessionId, null, subject, text);
    }

    /**
     * The same, to the chosen registrations only (those of them that hold a confirmed seat); all
     * confirmed attendees when {@code only} is null.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public int messageConfirmed(long sessionId, java.util.@Nullable Collection<Long> only, String subject, String text) {
        var errors = new ArrayList<FieldError>();
        FieldChecks.text(errors, "subject", subject, 200, true);
        FieldChecks.text(errors, "text", text, 6000, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var user = currentUser.require();
        var batch = UUID.randomUUID();
        int queued = 0;
        for (var r : registrations.findBySessionIdAndStatus(sessionId, RegistrationStatus.CONFIRMED)) {
            if (!user.covers(r.getProvinceCode()) || (only != null && !only.contains(r.getId()))) {
                continue;
            }
            outbox.enqueue(new OutgoingMessage("attendee-message:" + batch + ":" + r.getId(), "ATTENDEE_MESSAGE",
                    r.getLanguage(), r.getEmail(), subject.strip(), text.strip()));
            queued++;
        }
        log.info("Account {} sent a message to {} confirmed attendees of session {}", user.id(), queued, sessionId);
        return queued;
    }
}
