package nl.weerbaarbestuur.ontour.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Every failure of an API request as an RFC 9457 problem (application/problem+json) with a Dutch
 * title and detail, and for bad input one message per field in {@code errors}. Never a bare 500
 * and never an HTML page or a redirect to the sign-in page.
 *
 * <p>The advice is global, because requests that reach no controller (an unknown path, a wrong
 * method) are only seen by global advice; outside /api/ it rethrows, which hands the exception
 * back to Spring's default handling.
 */
@RestControllerAdvice
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    /** A field (as the API names it) and its message. */
    record FieldMessage(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        var errors = e.errors().stream()
                .map(error -> new FieldMessage(error.field(), t(locale, error.messageKey(), error.arguments())))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", t(locale, "api.error.invalid.title"),
                String.join(" ", errors.stream().map(FieldMessage::message).distinct().toList()), request, errors);
    }

    @ExceptionHandler(StrictInput.UnknownFieldsException.class)
    ResponseEntity<ProblemDetail> unknownFields(StrictInput.UnknownFieldsException e, HttpServletRequest request)
            throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        var errors = e.fields().stream().sorted()
                .map(field -> new FieldMessage(field, t(locale, "api.error.unknown-field"))).toList();
        return problem(HttpStatus.BAD_REQUEST, "unknown-field", t(locale, "api.error.bad-request.title"),
                t(locale, "api.error.unknown-field.detail", String.join(", ", e.fields().stream().sorted().toList())),
                request, errors);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        // A secret link that matches nothing is "not found"; an expired one is gone for good.
        var status = e instanceof nl.weerbaarbestuur.ontour.shared.TooManyRequestsException ? HttpStatus.TOO_MANY_REQUESTS : switch (e.messageKey()) {
            case "registration.error.token-unknown" -> HttpStatus.NOT_FOUND;
            case "registration.error.token-expired" -> HttpStatus.GONE;
            default -> HttpStatus.CONFLICT;
        };
        return problem(status, status == HttpStatus.CONFLICT ? "conflict" : "link", t(locale, switch (status) {
                    case CONFLICT -> "api.error.conflict.title";
                    case TOO_MANY_REQUESTS -> "api.error.too-many-requests.title";
                    default -> "api.error.link.title";
                }), t(locale, e.messageKey(), e.arguments()), request, null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ObjectOptimisticLockingFailureException e, HttpServletRequest request)
            throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        return problem(HttpStatus.CONFLICT, "concurrent-change", t(locale, "api.error.concurrent-change.title"),
                t(locale, "api.error.concurrent-change.detail"), request, null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        return problem(HttpStatus.NOT_FOUND, "not-found", t(locale, "api.error.not-found.title"),
                t(locale, "api.error.not-found.detail"), request, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        return problem(HttpStatus.FORBIDDEN, "forbidden", t(locale, "api.error.forbidden.title"),
                t(locale, "api.error.forbidden.detail"), request, null);
    }

    /** Not JSON, a value of the wrong type, or a body that turned out too large while being read. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        if (causedBy(e, ApiRequestGuard.BodyTooLargeException.class)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", t(locale, "api.error.too-large.title"),
                    t(locale, "api.error.too-large.detail", ApiRequestGuard.MAX_BYTES / 1024), request, null);
        }
        @Nullable List<FieldMessage> errors = null;
        var field = fieldOf(e);
        if (field != null) {
            errors = List.of(new FieldMessage(field, t(locale, "api.error.field-unreadable")));
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable", t(locale, "api.error.bad-request.title"),
                field == null ? t(locale, "api.error.unreadable.detail") : t(locale, "api.error.field-unreadable.detail", field),
                request, errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        return problem(HttpStatus.BAD_REQUEST, "unreadable", t(locale, "api.error.bad-request.title"),
                t(locale, "api.error.field-unreadable.detail", e.getName()), request,
                List.of(new FieldMessage(e.getName(), t(locale, "api.error.field-unreadable"))));
    }

    /**
     * Spring's own refusals (unknown path, wrong method or media type, a missing parameter) keep
     * their status and get a Dutch text; anything else is an unexpected 500 with a reference.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        requireApi(e, request);
        var locale = ApiLocale.of(request);
        if (e instanceof ErrorResponse known && known.getStatusCode().value() < 500) {
            var status = known.getStatusCode();
            var key = switch (status.value()) {
                case 404 -> "api.error.not-found";
                case 405 -> "api.error.method-not-allowed";
                case 406 -> "api.error.not-acceptable";
                case 413 -> "api.error.too-large";
                case 415 -> "api.error.unsupported-media-type";
                default -> "api.error.bad-request";
            };
            @Nullable List<FieldMessage> errors = e instanceof MissingServletRequestParameterException missing
                    ? List.of(new FieldMessage(missing.getParameterName(), t(locale, "field.required")))
                    : null;
            var response = problem(status, key.substring("api.error.".length()), t(locale, key + ".title"),
                    t(locale, key + ".detail", ApiRequestGuard.MAX_BYTES / 1024), request, errors);
            return ResponseEntity.status(status).headers(known.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(response.getBody());
        }
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API request {} {} failed (reference {})", request.getMethod(), nl.weerbaarbestuur.ontour.shared.LogSafe.path(request.getRequestURI()), reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", t(locale, "api.error.unexpected.title"),
                t(locale, "api.error.unexpected.detail", reference), request, null);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String title, String detail,
                                                  HttpServletRequest request, @Nullable List<FieldMessage> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    /** Outside the API, hand the exception back to Spring's default handling. */
    private static void requireApi(Exception e, HttpServletRequest request) throws Exception {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON field a parse error is about ("capacity", "trainerIds[1]"), when Jackson knows it. */
    private static @Nullable String fieldOf(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                var sb = new StringBuilder();
                for (var reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        if (!sb.isEmpty()) {
                            sb.append('.');
                        }
                        sb.append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        sb.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return sb.isEmpty() ? null : sb.toString();
            }
        }
        return null;
    }
}
