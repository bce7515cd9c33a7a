package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to read who is registered for sessions, as {@link Attendee}s. Two kinds of callers:
 * <ul>
 * <li>Screens and the API (attendee lists, exports, the griffie's start page): these methods carry
 * {@code @RolesAllowed} and apply the province scope here, not in the views. An organiser sees
 * everyone, a griffie only the people of its own province(s), in any session (also sessions held
 * elsewhere); a griffie asking for a session without its people gets an empty list. Opening a
 * list ({@link #open}), one person's details ({@link #detail}) and the API's list
 * ({@link #forApi}) are written to the access log; the pages that follow an opened list are not.</li>
 * <li>Modules that act on registrations (calendar invites and feeds, attendance, results,
 * reminders, follow-ups, the griffie digest, inzage and erasure): these methods do not scope by
 * who is asking, because their callers are event listeners, scheduled jobs, token-checked
 * downloads, or services that check the role and the province or trainer scope before they call.</li>
 * </ul>
 */
@Service
public class Attendees {

    /** A page size no query exceeds, also when a caller asks for more. */
    static final int MAX_PAGE = 500;
    private static final Sort BY_NAME = Sort.by("fullName").ascending().and(Sort.by("id"));
    private static final Set<String> NO_PROVINCE = Set.of("--");

    @PersistenceContext
    private EntityManager entityManager;

    private final RegistrationRepository registrations;
    private final PersonKeys keys;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;

    Attendees(RegistrationRepository registrations, PersonKeys keys, CurrentUser currentUser, AccessLog accessLog) {
        this.registrations = registrations;
        this.keys = keys;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
    }

    // --- Screens and the API: in the user's scope -------------------------------------------------

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
    public Attendee detail(long registrationId) {
        var registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        requireCovers(registration.getProvinceCode());
        accessLog.record(AccessAction.PARTICIPANT_DETAIL, registration.getSessionId(), registrationId, 1);
        return Attendee.of(registration);
    }

    /**
     * A session's registrations for the REST API, in the user's scope, by status, waitlist place
     * and age; logged as one read of the list.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public List<Attendee> forApi(long sessionId) {
        var user = currentUser.require();
        var list = registrations.findBySessionIdOrderByStatusAscWaitlistPositionAscCreatedAtAsc(sessionId).stream()
                .filter(r -> user.covers(r.getProvinceCode())).map(Attendee::of).toList();
        accessLog.record(AccessAction.API_ATTENDEE_LIST, sessionId, null, list.size());
        return list;
    }

    /** One page of a session's list, in the order asked for (by name when none). */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public Page<Attendee> page(long sessionId, AttendeeFilter filter, Pageable pageable) {
        var user = currentUser.require();
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : BY_NAME;
        var bounded = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE), sort);
        return registrations.findAttendees(sessionId, user.is(Role.ORGANISER), provinces(user),
                filter.byStatus(), filter.statusesOrAll(), filter.registrationsOrNone(), filter.pattern(), bounded)
                .map(Attendee::of);
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
    public List<Attendee> all(long sessionId, AttendeeFilter filter) {
        var all = new ArrayList<Attendee>();
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
    public List<Attendee> ofProvince(String provinceCode, Set<RegistrationStatus> statuses) {
        requireCovers(provinceCode);
        return registrations.findTop500ByProvinceCodeInAndStatusInOrderByStatusChangedAtDesc(Set.of(provinceCode),
                statuses.isEmpty() ? EnumSet.allOf(RegistrationStatus.class) : statuses).stream().map(Attendee::of).toList();
    }

    /** What happened to one province's people since a moment: new registrations and changes of status. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public List<Attendee> changedSince(String provinceCode, Instant since) {
        requireCovers(provinceCode);
        return registrations.findTop200ByProvinceCodeInAndStatusChangedAtAfterOrderByStatusChangedAtDesc(
                Set.of(provinceCode), since).stream().map(Attendee::of).toList();
    }

    // --- Modules acting on registrations: not scoped, their callers check who asks ----------------

    /**
     * Per registration, a key that is the same for every registration of one person and reveals
     * nothing of them (see {@link PersonKeys}): kept when a registration is anonymised, so figures
     * that count people (the reach) stay the same after anonymisation.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> personKeys(Collection<Long> registrationIds) {
        var result = new HashMap<Long, String>();
        for (var r : registrations.findAllById(registrationIds)) {
            result.put(r.getId(), r.getPersonKey() != null ? r.getPersonKey() : keys.of(r.getEmail()));
        }
        return result;
    }

    /** One registration, whatever its status now. */
    @Transactional(readOnly = true)
    public Optional<Attendee> find(long registrationId) {
        return registrations.findById(registrationId).map(Attendee::of);
    }

    /** These registrations, whatever their status now (for instance those that were checked in). */
    @Transactional(readOnly = true)
    public List<Attendee> find(Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return registrations.findAllById(registrationIds).stream().map(Attendee::of).toList();
    }

    /** The registration behind a manage link (the raw token from the link), if any. */
    @Transactional(readOnly = true)
    public Optional<Attendee> byManageToken(String manageToken) {
        if (manageToken == null || manageToken.isBlank() || manageToken.length() > 100) {
            return Optional.empty();
        }
        return registrations.findByManageTokenHash(SecretTokens.hash(manageToken.strip())).map(Attendee::of);
    }

    /** Everyone holding a seat in the session, in the order they got it. */
    @Transactional(readOnly = true)
    public List<Attendee> confirmed(long sessionId) {
        return registrations.findBySessionIdAndStatusOrderByConfirmedAtAscIdAsc(sessionId, RegistrationStatus.CONFIRMED)
                .stream().map(Attendee::of).toList();
    }

    /** The session's registrations that hold a seat, in name order (the check-in desk). */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedOf(long sessionId) {
        return entityManager.createQuery("""
                        select r from Registration r where r.sessionId = :sessionId
                          and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED
                        order by lower(r.fullName), r.id""", Registration.class)
                .setParameter("sessionId", sessionId).getResultStream().map(Attendee::of).toList();
    }

    /** The seats one e-mail address holds, over all sessions (for the participant's private feed). */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedFor(String email) {
        return entityManager.createQuery("select r from Registration r where lower(r.email) = lower(:email) and r.status = "
                        + "nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED order by r.id", Registration.class)
                .setParameter("email", email.strip()).getResultStream().map(Attendee::of).toList();
    }

    /**
     * Reads the registration under a row lock (SELECT ... FOR UPDATE) inside the caller's
     * transaction, so that two devices checking in the same person, or a check-in and a
     * cancellation, are decided one after the other by the database.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Attendee> lock(long registrationId) {
        var registration = entityManager.find(Registration.class, registrationId);
        if (registration == null) {
            return Optional.empty();
        }
        entityManager.refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(Attendee.of(registration));
    }

    /**
     * Every registration of one e-mail address (compared lower-case and trimmed, never as a pattern),
     * in any session and any status, oldest first: the "same address" of a participant's inzage.
     */
    @Transactional(readOnly = true)
    public List<OwnRegistration> sameAddress(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return entityManager.createQuery("select r from Registration r where lower(trim(r.email)) = :email order by r.createdAt, r.id",
                        Registration.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(OwnRegistration::of).toList();
    }

    /** Per session and status, how many registrations there are. */
    @Transactional(readOnly = true)
    public List<StatusCount> countsOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select r.sessionId, r.status, count(r) from Registration r
                        where r.sessionId in :ids group by r.sessionId, r.status""", Object[].class)
                .setParameter("ids", sessionIds).getResultStream()
                .map(row -> new StatusCount((Long) row[0], (RegistrationStatus) row[1], (Long) row[2])).toList();
    }

    /**
     * Registrations whose status changed in [from, to) and that concern these provinces: the
     * participant comes from one of them, or the session is held in one of them ({@code sessionIds}).
     * Unconfirmed ones are left out: they are not yet a registration anyone acts on.
     */
    @Transactional(readOnly = true)
    public List<StatusChange> changedBetween(Set<String> provinceCodes, Collection<Long> sessionIds, Instant from, Instant to) {
        var sessions = sessionIds.isEmpty() ? List.of(-1L) : sessionIds;
        return registrations.findChangedBetween(provinceCodes, sessions, from, to).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.PENDING_CONFIRMATION)
                .map(r -> new StatusChange(r.getId(), r.getSessionId(), r.getFullName(), r.getFunction(), r.getFractie(),
                        r.getProvinceCode(), r.getStatus(), r.getMadeBy(), r.getStatusChangedAt()))
                .toList();
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
