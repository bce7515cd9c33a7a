package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningWarning;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Organisers plan sessions from scripts: create, reschedule or move, publish, cancel. The planning
 * service checks the rules and the role; this controller only translates between JSON and plans.
 */
@RestController
@RequestMapping(path = "/api/v1/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Planning", description = "Organisers only: HTTP Basic or a personal API token (Bearer)")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class SessionPlanningController {

    private final SessionService sessions;
    private final ProvinceService provinces;
    private final VenueService venues;
    private final SessionViews views;

    SessionPlanningController(SessionService sessions, ProvinceService provinces, VenueService venues, SessionViews views) {
        this.sessions = sessions;
        this.provinces = provinces;
        this.venues = venues;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a session (as a draft)",
            description = "Answers 201 with the session and its Location; planning warnings come along in 'warnings'.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SessionView.class)))
    ResponseEntity<SessionView> create(@RequestBody SessionRequest body, HttpServletRequest request) {
        body.rejectUnknownFields();
        var errors = new ArrayList<FieldError>();
        var code = provinceCode(body.province(), errors);
        var venueId = body.venueId() == null ? defaultVenue(code, body.format()) : body.venueId();
        var plan = new SessionPlan(body.tourId(), code, body.title(), body.topic(), body.description(),
                ApiTime.in(body.startsAt()), ApiTime.in(body.endsAt()), venueId, body.format(), body.meetingUrl(),
                body.capacity(), body.audience(), body.trainerIds(), ApiTime.in(body.registrationOpensAt()),
                ApiTime.in(body.registrationClosesAt()), Boolean.TRUE.equals(body.griffieApprovalRequired()));
        var warnings = check(plan, null, errors);
        var created = sessions.create(plan);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location)
                .body(views.organiserView(sessions.get(created.getId()), warnings, ApiLocale.of(request)));
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Reschedule, move or resize a session",
            description = "Only the fields given change. With 'version', a session changed by someone else since is refused (409).")
    SessionView change(@PathVariable long id, @RequestBody SessionPatch body, HttpServletRequest request) {
        body.rejectUnknownFields();
        // The version is read before the plan: a change in between then fails the version check
        // rather than being overwritten with the older plan.
        long expectedVersion = body.version() != null ? body.version() : sessions.get(id).getVersion();
        var current = sessions.planOf(id);
        var format = body.format() != null ? body.format() : current.format();
        var venueId = body.venueId() != null ? body.venueId() : current.venueId();
        if (venueId == null) {
            venueId = defaultVenue(current.provinceCode(), format);
        }
        var plan = new SessionPlan(current.tourId(), current.provinceCode(), current.title(), current.topic(),
                current.description(),
                body.startsAt() != null ? ApiTime.in(body.startsAt()) : current.startsAt(),
                body.endsAt() != null ? ApiTime.in(body.endsAt()) : current.endsAt(),
                venueId, format, body.meetingUrl() != null ? body.meetingUrl() : current.meetingUrl(),
                body.capacity() != null ? body.capacity() : current.capacity(), current.audience(),
                current.trainerIds(), current.registrationOpensAt(), current.registrationClosesAt(),
                current.griffieApprovalRequired());
        var warnings = check(plan, id, new ArrayList<>());
        sessions.update(id, expectedVersion, plan);
        return views.organiserView(sessions.get(id), warnings, ApiLocale.of(request));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft: it appears in the catalogue and registration opens")
    SessionView publish(@PathVariable long id, HttpServletRequest request) {
        sessions.publish(id);
        return views.organiserView(sessions.get(id), List.of(), ApiLocale.of(request));
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Cancel a draft or published session, with a reason that participants are told")
    SessionView cancel(@PathVariable long id, @RequestBody CancelRequest body, HttpServletRequest request) {
        body.rejectUnknownFields();
        if (body.reason() == null || body.reason().isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("reason", "session.error.cancel-reason-required")));
        }
        if (body.reason().strip().length() > 1000) {
            throw new InvalidInputException(List.of(new FieldError("reason", "session.error.cancel-reason-too-long", 1000)));
        }
        sessions.cancel(id, body.reason());
        return views.organiserView(sessions.get(id), List.of(), ApiLocale.of(request));
    }

    /** The code of a province given by code or name; an unknown one is reported with the other errors. */
    private @Nullable String provinceCode(@Nullable String codeOrName, List<FieldError> errors) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        var code = provinces.find(codeOrName).map(Province::getCode).orElse(null);
        if (code == null) {
            errors.add(new FieldError("province", "api.error.province-unknown"));
        }
        return code;
    }

    /** On location without a venue: the provinciehuis, the default venue of every province. */
    private @Nullable Long defaultVenue(@Nullable String provinceCode, @Nullable SessionFormat format) {
        if (provinceCode == null || format == null || !format.hasVenue()) {
            return null;
        }
        return venues.optionsFor(provinceCode).getFirst().getId();
    }

    /** The planning rules' verdict, together with what the API found itself (one 422 with every field). */
    private List<PlanningWarning> check(SessionPlan plan, @Nullable Long sessionId, List<FieldError> apiErrors) {
        List<PlanningWarning> warnings;
        try {
            warnings = sessions.check(plan, sessionId);
        } catch (InvalidInputException e) {
            if (apiErrors.isEmpty()) {
                throw e;
            }
            Set<String> reported = apiErrors.stream().map(FieldError::field).collect(Collectors.toSet());
            var all = new ArrayList<>(apiErrors);
            e.errors().stream().filter(error -> !reported.contains(error.field())).forEach(all::add);
            throw new InvalidInputException(all);
        }
        if (!apiErrors.isEmpty()) {
            throw new InvalidInputException(apiErrors);
        }
        return warnings;
    }
}
