package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A griffie (or an organiser) registers a list of people of one province at once. First
 * {@link #check}: the per-line report, nothing saved. Then {@link #save}: the list is checked again
 * (it may have changed in between) and all valid lines are registered on behalf in ONE
 * transaction: either every valid line is saved or, when something unexpected fails, none is.
 * Invalid lines are never saved; the report said so before.
 */
@Service
public class BulkRegistration {

    private static final Logger log = LoggerFactory.getLogger(BulkRegistration.class);

    private final RegistrationAdministration administration;
    private final RegistrationRepository registrations;
    private final PlanningService planning;
    private final CurrentUser currentUser;

    BulkRegistration(RegistrationAdministration administration, RegistrationRepository registrations,
                     PlanningService planning, CurrentUser currentUser) {
        this.administration = administration;
        this.registrations = registrations;
        this.planning = planning;
        this.currentUser = currentUser;
    }

    /** What was saved: how many got a seat and how many went onto the waitlist; the lines left out. */
    public record Result(int confirmed, int waitlisted, int skipped) {
        public int saved() {
            return confirmed + waitlisted;
        }
    }

    /** The report for the list, including people already registered for this session. Saves nothing. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public BulkList.Report check(long sessionId, String provinceCode, String text) {
        if (!currentUser.require().covers(provinceCode)) {
            throw new AccessDeniedException("griffie of another province");
        }
        planning.publicSession(sessionId).filter(s -> s.status() == SessionStatus.PUBLISHED)
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        var report = BulkList.parse(text);
        var lines = new ArrayList<BulkList.Line>();
        for (var line : report.lines()) {
            if (line.email() != null && !line.email().isEmpty() && !registrations.findBySessionIdAndEmailAndStatusIn(
                    sessionId, line.email(), RegistrationStatus.ACTIVE).isEmpty()) {
                line = line.with(BulkList.Problem.of("griffie.bulk.error.already-registered"));
            }
            lines.add(line);
        }
        return new BulkList.Report(lines, report.listProblems());
    }

    /** Registers the valid lines of the list, all in one transaction. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Result save(long sessionId, String provinceCode, String text) {
        var report = check(sessionId, provinceCode, text);
        int confirmed = 0;
        int waitlisted = 0;
        for (var line : report.valid()) {
            var receipt = administration.registerOnBehalf(sessionId, new ParticipantDetails(line.fullName(),
                    line.email(), line.function(), provinceCode, line.fractie(), null, null, null, "nl"));
            var status = registrations.findById(receipt.registrationId()).orElseThrow().getStatus();
            if (status == RegistrationStatus.CONFIRMED) {
                confirmed++;
            } else {
                waitlisted++;
            }
        }
        int skipped = report.lines().size() - confirmed - waitlisted;
        log.info("Bulk registration for session {} by {}: {} confirmed, {} waitlisted, {} lines skipped", sessionId,
                currentUser.require().email(), confirmed, waitlisted, skipped);
        return new Result(confirmed, waitlisted, skipped);
    }
}
