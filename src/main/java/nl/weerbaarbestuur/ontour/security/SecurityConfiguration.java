package nl.weerbaarbestuur.ontour.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.weerbaarbestuur.ontour.security.ui.LoginView;
import nl.weerbaarbestuur.ontour.shared.ProblemJson;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Public pages are open, everything else needs a sign-in. Roles are enforced on views and, again,
 * on service methods ({@code @RolesAllowed}), so that a forged navigation or call gets nowhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the {id} prefix so that the algorithm can be changed later without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way to sign in: e-mail and password of an account, throttled per address. */
    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, UserAccountService accounts,
                                                UserAccountRepository repository) {
        return new ProviderManager(new AccountAuthenticationProvider(userDetailsService, passwordEncoder, throttle, accounts,
                repository));
    }

    /** Health is public for load balancers and compose; the other endpoints are for organisers. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        // Plain status codes: sendError() would forward to /error, which the UI chain answers
        // with a redirect to the sign-in page.
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"On Tour\"");
            response.setStatus(401);
        };
        return http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.Names.ORGANISER))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> response.setStatus(403)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The REST API: the public catalogue (GET sessions) and the API description are open; the rest
     * is for organisers, signed in per request with HTTP Basic or a personal API token (Bearer).
     * No session, no CSRF (nothing rides on a cookie); 401 and 403 answer as problem+json.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                    ApiTokenService apiTokens, Translations translations) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"On Tour\", Basic realm=\"On Tour\"");
            ProblemJson.write(response, 401, translations.dutch("api.error.unauthorized.title"),
                    translations.dutch("api.error.unauthorized.detail"), request.getRequestURI());
        };
        AccessDeniedHandler forbidden = (request, response, e) -> ProblemJson.write(response, 403,
                translations.dutch("api.error.forbidden.title"), translations.dutch("api.error.forbidden.detail"),
                request.getRequestURI());
        return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions", "/api/v1/sessions/*").permitAll()
                        // Participants have no account: the secret tokens in the links are their keys.
                        .requestMatchers(HttpMethod.POST, "/api/v1/sessions/*/registrations", "/api/v1/confirmations/*",
                                "/api/v1/my/*/cancel", "/api/v1/digest/unsubscribe/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/my/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions/*/registrations")
                        .hasAnyRole(Role.Names.ORGANISER, Role.Names.GRIFFIE)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().hasRole(Role.Names.ORGANISER))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, unauthorized), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Calendar files and feeds (calendar module): read-only GETs without an account; private
     * files and feeds are guarded by the secret token in their path. Stateless, no cookies.
     */
    @Bean
    @Order(3)
    SecurityFilterChain calendarSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/agenda/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/agenda/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                   AccountSessions accountSessions,
                                   com.vaadin.flow.spring.security.VaadinDefaultRequestCache requestCache) throws Exception {
        http.authenticationManager(authenticationManager);
        // Sign-in design (see LoginOriginFilter, AccountSessions): no cross-site sign-in; every
        // signed-in session known per account, so deactivation or a new password ends it.
        http.addFilterBefore(new LoginOriginFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(accountSessions.signInStrategy()));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        // A path no page serves shows the "not found" page (404), not the sign-in page.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(nl.weerbaarbestuur.ontour.shared.PageRoutes::isUnknownPage).permitAll());
        // After signing in, staff land on their overview (a griffie on its start page), unless they were sent to sign
        // in on the way to another page. The Vaadin configurer uses this handler when it is shared before it runs.
        var landing = new RoleLanding();
        landing.setRequestCache(requestCache);
        http.setSharedObject(com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler.class, landing);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .defaultSuccessUrl("/overzicht"));
        return http.build();
    }
}
