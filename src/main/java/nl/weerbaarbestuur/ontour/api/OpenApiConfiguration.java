package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs: who may call what, and how to sign in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";

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
                                .description("E-mail address and password of an organiser account")));
    }
}
