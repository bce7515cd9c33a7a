package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue: published sessions still to come, for anyone, without signing in. */
@RestController
@RequestMapping(path = "/api/v1/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Catalogue", description = "Published sessions; no sign-in needed")
class SessionCatalogueController {

    private final PlanningService planning;
    private final SessionService sessions;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final SessionViews views;

    SessionCatalogueController(PlanningService planning, SessionService sessions, ProvinceService provinces,
                               CurrentUser currentUser, SessionViews views) {
        this.planning = planning;
        this.sessions = sessions;
        this.provinces = provinces;
        this.currentUser = currentUser;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Published sessions still to come, in time order")
    List<PublicSessionView> list(
            @Parameter(description = "A province by code or name, e.g. FR or Fryslân") @RequestParam(required = false) @Nullable String province,
            @Parameter(description = "A tour id") @RequestParam(required = false) @Nullable Long tour) {
        String code = null;
        if (province != null && !province.isBlank()) {
            code = provinces.find(province).map(Province::getCode).orElseThrow(() -> new InvalidInputException(
                    List.of(new FieldError("province", "api.error.province-unknown"))));
        }
        var names = views.provinceNames();
        var listed = planning.publicSessions(code, tour);
        var seats = views.seats(listed);
        return listed.stream().map(s -> views.publicView(s, names, seats.get(s.id()))).toList();
    }

    /**
     * A published (or completed, or cancelled) session. An organiser who signs in gets the full
     * session instead (drafts too, with version and meeting link): the Location of a new session.
     */
    @GetMapping("/{id}")
    @Operation(summary = "One session; the public view, or the organiser's view when signed in as an organiser")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(oneOf = {PublicSessionView.class, SessionView.class})))
    ResponseEntity<?> get(@PathVariable long id, HttpServletRequest request) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (currentUser.get().filter(u -> u.is(Role.ORGANISER)).isPresent()) {
            headers.setCacheControl("no-store");
            var view = views.organiserView(sessions.get(id), List.of(), ApiLocale.of(request));
            return ResponseEntity.ok().headers(headers).body(view);
        }
        // A closed session is not public: only its invitation link leads to it.
        var session = planning.publicSession(id).filter(s -> !s.closed()).orElseThrow(() -> new NotFoundException("session", id));
        return ResponseEntity.ok().headers(headers).body(views.publicView(session, views.provinceNames()));
    }
}
