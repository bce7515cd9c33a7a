package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.ReasonTexts;
import nl.weerbaarbestuur.ontour.tourplanning.TourPlanner;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tour planner from scripts: start a run for a tour, read its best plan so far, take it over as
 * draft sessions. The planner checks the role (organisers only) and the API's security chain
 * repeats it; this controller keeps a run to its own tour (another tour's run is 404) and checks
 * the keys to accept. Without a planner in the application every call is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/tours/{tourId}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tour planner", description = "Organisers only: propose a whole tour and take it over as drafts")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class TourPlanController {

    /** The answer to a start: the run's id and where to read it. */
    @Schema(name = "PlanStarted")
    record PlanStarted(UUID runId, @Schema(example = "/api/v1/tours/3/plan/0b7c...") String href) {
    }

    /** The sessions created or moved by taking a plan over. */
    @Schema(name = "PlanAccepted")
    record PlanAccepted(@Schema(description = "Ids of the draft sessions created or moved") List<Long> sessionIds) {
    }

    private final ObjectProvider<TourPlanner> planners;
    private final ReasonTexts texts;

    TourPlanController(ObjectProvider<TourPlanner> planners, ReasonTexts texts) {
        this.planners = planners;
        this.texts = texts;
    }

    @PostMapping
    @Operation(summary = "Start the tour planner for a tour",
            description = "Answers at once with 202 and the run's id; Location names the run. While a run of this tour "
                    + "is still solving, that run is answered again.")
    @ApiResponse(responseCode = "202", description = "Started; read the run at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PlanStarted.class)))
    ResponseEntity<PlanStarted> propose(@PathVariable long tourId) {
        var runId = planner().propose(tourId);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{runId}").buildAndExpand(runId).toUri();
        return ResponseEntity.accepted().location(location).body(new PlanStarted(runId, location.getPath()));
    }

    @GetMapping("/{runId}")
    @Operation(summary = "A run of the tour planner: its state, progress and best plan so far",
            description = "Texts (the score in words, why a session sits where it does, what it gives up) are Dutch, "
                    + "or English with Accept-Language: en. Poll it until the state is no longer SOLVING.")
    PlanRunView run(@PathVariable long tourId, @Parameter(description = "The id the start answered") @PathVariable UUID runId,
                    HttpServletRequest request) {
        return PlanRunView.of(runOf(tourId, runId), texts, ApiLocale.of(request));
    }

    @PostMapping("/{runId}/accept")
    @Operation(summary = "Take a plan over as draft sessions",
            description = "With 'keys', those proposals; without (or without a body) every proposal. Pinned and unplaced "
                    + "proposals are skipped, and a key taken over before has no second effect. 409 while the run is "
                    + "SOLVING (stop it in the application, or wait); 422 for an unknown key, more than "
                    + PlanAcceptRequest.MAX_KEYS + " keys, or a key that is empty, too long or has control characters.")
    PlanAccepted accept(@PathVariable long tourId, @PathVariable UUID runId,
                        @RequestBody(required = false) @Nullable PlanAcceptRequest body) {
        if (body != null) {
            body.rejectUnknownFields();
        }
        var run = runOf(tourId, runId);
        var keys = keys(body == null ? null : body.keys(), run);
        if (!run.ended()) {
            throw new BusinessRuleException("api.error.plan-solving");
        }
        return new PlanAccepted(planner().accept(runId, keys));
    }

    private PlanRun runOf(long tourId, UUID runId) {
        return planner().run(runId).filter(run -> run.tourId() == tourId)
                .orElseThrow(() -> new NotFoundException("plan run", runId));
    }

    private TourPlanner planner() {
        var planner = planners.getIfAvailable();
        if (planner == null) {
            throw new NotFoundException("tour planner", "none");
        }
        return planner;
    }

    /** The keys asked for, checked against the run; none asked for means all of the run's. */
    private static Set<String> keys(@Nullable List<String> asked, PlanRun run) {
        var known = new LinkedHashSet<String>();
        run.sessions().stream().map(ProposedSession::key).forEach(known::add);
        if (asked == null || asked.isEmpty()) {
            return known;
        }
        var errors = new ArrayList<FieldError>();
        if (asked.size() > PlanAcceptRequest.MAX_KEYS) {
            throw new InvalidInputException(List.of(new FieldError("keys", "api.error.plan-keys-too-many",
                    PlanAcceptRequest.MAX_KEYS)));
        }
        var keys = new LinkedHashSet<String>();
        for (int i = 0; i < asked.size(); i++) {
            var key = asked.get(i);
            var field = "keys[" + i + "]";
            if (key == null || key.isBlank() || key.length() > PlanAcceptRequest.MAX_KEY_LENGTH
                    || FieldChecks.hasUnsafeCharacters(key, false)) {
                errors.add(new FieldError(field, "api.error.plan-key-invalid", PlanAcceptRequest.MAX_KEY_LENGTH));
            } else if (!known.contains(key)) {
                errors.add(new FieldError(field, "api.error.plan-key-unknown"));
            } else {
                keys.add(key);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return keys;
    }
}
