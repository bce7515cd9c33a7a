package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendee lists of organisers and griffies, paged in the database. The scope is the person's
 * province: an organiser sees everyone, a griffie only the people of its own province(s), in any
 * session (also sessions held elsewhere); a griffie asking for a session without its people gets
 * an empty list. Every query applies that scope here, not in the views.
 */
@Service
public class AttendeeList {

    private static final Logger log = LoggerFactory.getLogger(AttendeeList.class);
    /** A page size no query exceeds, also when a caller asks for more. */
    static final int MAX_PAGE = 500;
    private static final Sort BY_NAME = Sort.by("fullName").ascending().and(Sort.by("id"));
    private static final Set<String> NO_PROVINCE = Set.of("--");

    private final RegistrationRepository registrations;
    private final CurrentUser currentUser;
    private final MailOutbox outbox;
    private final AccessLog accessLog;

    AttendeeList(RegistrationRepository registrations, CurrentUser currentUser, MailOutbox outbox, AccessLog accessLog) {
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.accessLog = accessLog;
    }

    /**
     * Opening a session's list: the access log gets one entry with how many people the user may
     * see in it. The lazily loaded pages that follow ({@link #page}) are not logged again.
     *
     * @return that number of people
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public long open(long sessionId) {
        long count = count(sessionId, AttendeeFilter.all());
        accessLog.record(AccessAction.ATTENDEE_LIST, sessionId, null, (int) count);
        return count;
    }

    /** One attendee's details (the edit dialog), in the user's scope; logged as a look at one person. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public AttendeeLine detail(long registrationId) {
        var registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (!currentUser.require().covers(registration.getProvinceCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        accessLog.record(AccessAction.PARTICIPANT_DETAIL, registration.getSessionId(), registrationId, 1);
        return AttendeeLine.of(registration);
    }

    /** A session's registrations for the REST API, in the user's scope; logged as one read of the list. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public List<Registration> forApi(long sessionId) {
        var user = currentUser.require();
        var list = registrations.findBySessionIdOrderByStatusAscWaitlistPositionAscCreatedAtAsc(sessionId).stream()
                .filter(r -> user.covers(r.getProvinceCode())).toList();
        accessLog.record(AccessAction.API_ATTENDEE_LIST, sessionId, null, list.size());
        return list;
    }

    /** One page of a session's list, in the order asked for (by name when none). */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public Page<AttendeeLine> page(long sessionId, AttendeeFilter filter, Pageable pageable) {
        var user = currentUser.require();
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : BY_NAME;
        var bounded = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE), sort);
        return registrations.findAttendees(sessionId, user.is(Role.ORGANISER), provinces(user),
                filter.byStatus(), filter.statusesOrAll(), filter.registrationsOrNone(), filter.pattern(), bounded).map(AttendeeLine::of);
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public long count(long sessionId, AttendeeFilter filter) {
        var user = currentUser.require();
        return registrations.countAttendees(sessionId, user.is(Role.ORGANISER), provinces(user),
                filter.byStatus(), filter.statusesOrAll(), filter.registrationsOrNone(), filter.pattern());
    }

    /** The whole list (for exports), page by page so that a large session is not one huge query. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public List<AttendeeLine> all(long sessionId, AttendeeFilter filter) {
        var all = new ArrayList<AttendeeLine>();
        Pageable next = PageRequest.of(0, MAX_PAGE, BY_NAME);
        while (true) {
            var page = page(sessionId, filter, next);
            all.addAll(page.getContent());
            if (!page.hasNext()) {
                return all;
            }
            next = page.nextPageable();
        }
    }

    /** The registrations of one province's people in any session, newest change first. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public List<AttendeeLine> ofProvince(String provinceCode, Set<RegistrationStatus> statuses) {
        requireCovers(provinceCode);
        return registrations.findTop500ByProvinceCodeInAndStatusInOrderByStatusChangedAtDesc(Set.of(provinceCode),
                statuses.isEmpty() ? EnumSet.allOf(RegistrationStatus.class) : statuses).stream().map(AttendeeLine::of).toList();
    }

    /** What happened to one province's people since a moment: new registrations and changes of status. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public List<AttendeeLine> changedSince(String provinceCode, Instant since) {
        requireCovers(provinceCode);
        return registrations.findTop200ByProvinceCodeInAndStatusChangedAtAfterOrderByStatusChangedAtDesc(
                Set.of(provinceCode), since).stream().map(AttendeeLine::of).toList();
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
    public int messageConfirmed(long sessionId, java.util.Collection<Long> only, String subject, String text) {
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

    private void requireCovers(String provinceCode) {
        if (!currentUser.require().covers(provinceCode)) {
            throw new AccessDeniedException("griffie of another province");
        }
    }

    private static Set<String> provinces(SignedInUser user) {
        // An empty IN () is not valid SQL everywhere: a code no province has stands in for "none".
        return user.provinceCodes().isEmpty() ? NO_PROVINCE : user.provinceCodes();
    }
}
