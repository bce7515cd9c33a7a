package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** Before Spring Security's filters (order -100): an oversized body never costs a password check. */
    static final int BODY_LIMIT_ORDER = -110;

    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiBodyLimitFilter(Translations translations) {
        var registration = new FilterRegistrationBean<>(new ApiRequestGuard(translations));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }
}
