package nl.weerbaarbestuur.ontour.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.weerbaarbestuur.ontour.shared.ProblemJson;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With the API description switched off ({@code ontour.api-docs.enabled=false}, the default),
 * springdoc serves nothing, and its paths would otherwise fall through to Vaadin (a 200 page):
 * answer them 404.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ontour.api-docs.enabled", havingValue = "false", matchIfMissing = true)
class ApiDocsSwitch {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiDocsOff(Translations translations) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                ProblemJson.write(response, 404, translations.dutch("api.error.not-found.title"),
                        translations.dutch("api.error.not-found.detail"), null);
            }
        });
        registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*");
        registration.setOrder(ApiWebConfiguration.BODY_LIMIT_ORDER - 1);
        return registration;
    }
}
