package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import nl.weerbaarbestuur.ontour.shared.ProblemJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs: who may call what, and how to sign in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI onTourOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Weerbaar Bestuur On Tour API").version("v1").description("""
                        Organisers plan sessions from scripts and integrations; anyone reads the published catalogue.
                        Organisers sign in with HTTP Basic (e-mail and password) or with a personal API token, \
                        created under Beheer > API-tokens and sent as `Authorization: Bearer ot_...`.
                        Times are ISO-8601 with an offset: any offset is accepted, answers use Europe/Amsterdam.
                        Errors are RFC 9457 problem details (application/problem+json) with a Dutch message per \
                        field in `errors` (English with `Accept-Language: en`)."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("ot_...").description("A personal API token of an organiser"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("E-mail address and password of an organiser account"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Every operation can fail with a problem; ApiProblems is where they are made. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handlerMethod) -> {
            var content = new Content().addMediaType(ProblemJson.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            operation.getResponses().addApiResponse("default", new ApiResponse().content(content).description("""
                    A problem (RFC 9457) with a Dutch title and detail: 400 unreadable JSON or an unknown field, \
                    401 not signed in, 403 not an organiser, 404 not found, 409 not possible in the session's \
                    state or changed by someone else since 'version', 413 body over 64 kB, 422 invalid fields \
                    (one message per field in 'errors')."""));
            return operation;
        };
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("capacity"))
                .addProperty("message", new StringSchema().example("Het aantal plaatsen moet tussen 1 en 1.000 liggen."));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("/problems/invalid-input"))
                .addProperty("title", new StringSchema().example("Niet alle velden zijn goed ingevuld"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/v1/sessions"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("For 400 and 422: per field"));
    }
}
