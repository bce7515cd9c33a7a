package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations over HTTP, for participants (no account: the secret tokens of the e-mail links are
 * the keys) and for organisers and griffies (the attendee list, scoped to the griffie's province).
 */
@RestController
@Tag(name = "Registrations", description = "Register, confirm, see and cancel a registration")
class RegistrationController {

    private final ParticipantRegistrations registrations;
    private final ProvinceService provinces;
    private final PublicRateLimit rateLimit;
    private final Translations translations;
    private final Attendees attendees;

    RegistrationController(ParticipantRegistrations registrations, ProvinceService provinces, PublicRateLimit rateLimit,
                           Translations translations, Attendees attendees) {
        this.translations = translations;
        this.attendees = attendees;
        this.registrations = registrations;
        this.provinces = provinces;
        this.rateLimit = rateLimit;
    }

    /** What the requester learns: always the same, whether or not the address was registered before. */
    record Accepted(RegistrationStatus status, String message) {
    }

    record Confirmation(RegistrationStatus status, Long waitlistPosition, boolean alreadyConfirmed) {
    }

    record MyRegistration(long sessionId, String fullName, String email, ParticipantFunction function, String province,
                          String fractie, String accessibilityNeeds, String dietaryNeeds, String remarks,
                          RegistrationStatus status, Long waitlistPosition) {
        /** After it ended or once the session is over: the status only, no personal data. */
        static MyRegistration statusOnly(nl.weerbaarbestuur.ontour.registration.Attendee r) {
            return new MyRegistration(r.sessionId(), null, null, null, null, null, null, null, null, r.status(), null);
        }

        static MyRegistration of(nl.weerbaarbestuur.ontour.registration.Attendee r) {
            return new MyRegistration(r.sessionId(), r.fullName(), r.email(), r.function(), r.provinceCode(),
                    r.fractie(), r.accessibilityNeeds(), r.dietaryNeeds(), r.remarks(), r.status(),
                    r.status() == RegistrationStatus.WAITLISTED ? r.waitlistPosition() : null);
        }
    }

    /**
     * The JSON of one line of the API's attendee list: a view of {@link nl.weerbaarbestuur.ontour.registration.Attendee}
     * with the published field names ({@code id}, {@code province}) and only the published fields.
     */
    record Attendee(long id, String fullName, String email, ParticipantFunction function, String province, String fractie,
                    String accessibilityNeeds, String dietaryNeeds, String remarks, RegistrationStatus status,
                    Long waitlistPosition, String madeBy, Instant createdAt, Instant statusChangedAt,
                    @Schema(description = "What the participant answered to the current version of their calendar invite"
                            + " (a reply read from the reply mailbox); null when they have not answered it. DECLINED"
                            + " goes with a registration that the decline cancelled.", nullable = true)
                    CalendarAnswer calendarAnswer) {
        static Attendee of(nl.weerbaarbestuur.ontour.registration.Attendee a) {
            return new Attendee(a.registrationId(), a.fullName(), a.email(), a.function(), a.provinceCode(), a.fractie(),
                    a.accessibilityNeeds(), a.dietaryNeeds(), a.remarks(), a.status(), a.waitlistPosition(),
                    a.madeBy().name(), a.createdAt(), a.statusChangedAt(), a.calendarAnswer());
        }
    }

    @PostMapping(path = "/api/v1/sessions/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register for a published session; the confirmation link goes by e-mail (202)")
    ResponseEntity<Accepted> register(@PathVariable long id, @RequestBody RegistrationRequest body, HttpServletRequest request) {
        limit(request);
        body.rejectUnknownFields();
        var province = body.province() == null ? null
                : provinces.find(body.province()).map(Province::getCode).orElse(body.province());
        registrations.request(id, new ParticipantDetails(body.fullName(), body.email(), body.function(), province,
                body.fractie(), body.accessibilityNeeds(), body.dietaryNeeds(), body.remarks(), body.language()), body.consent(), body.invitation(),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(RegistrationStatus.PENDING_CONFIRMATION,
                translations.getTranslation("api.registration.accepted", ApiLocale.of(request))));
    }

    @PostMapping(path = "/api/v1/confirmations/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Confirm a registration with the token from the e-mail: CONFIRMED, WAITLISTED or AWAITING_APPROVAL")
    Confirmation confirm(@PathVariable String token, HttpServletRequest request) {
        limit(request);
        var outcome = registrations.confirm(token);
        return new Confirmation(outcome.status(), outcome.waitlistPosition(), outcome.alreadyConfirmed());
    }

    @GetMapping(path = "/api/v1/my/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The registration behind a manage link")
    MyRegistration mine(@PathVariable String token, HttpServletRequest request) {
        limit(request);
        return mine(registrations.byManageToken(token));
    }

    @PostMapping(path = "/api/v1/my/{token}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel through the manage link; the seat goes to the first on the waitlist")
    MyRegistration cancel(@PathVariable String token, HttpServletRequest request) {
        limit(request);
        registrations.cancel(token);
        return mine(registrations.byManageToken(token));
    }

    @GetMapping(path = "/api/v1/sessions/{id}/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The registrations of a session: all for organisers, the own province's people for a griffie")
    List<Attendee> attendees(@PathVariable long id) {
        // Logged in the access log, like every other look at an attendee list.
        return attendees.forApi(id).stream().map(Attendee::of).toList();
    }

    private MyRegistration mine(nl.weerbaarbestuur.ontour.registration.Attendee registration) {
        return registrations.showsStatusOnly(registration) ? MyRegistration.statusOnly(registration) : MyRegistration.of(registration);
    }

    private void limit(HttpServletRequest request) {
        if (!rateLimit.allow(request.getRemoteAddr())) {
            throw new TooManyRequests();
        }
    }

    /** Answered as 429 by {@link ApiProblems}. */
    static final class TooManyRequests extends nl.weerbaarbestuur.ontour.shared.TooManyRequestsException {
        TooManyRequests() {
            super("api.error.too-many-requests");
        }
    }
}
