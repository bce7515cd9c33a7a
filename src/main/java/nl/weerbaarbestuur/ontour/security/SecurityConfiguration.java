package nl.weerbaarbestuur.ontour.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.weerbaarbestuur.ontour.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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
                                                LoginThrottle throttle, UserAccountService accounts) {
        return new ProviderManager(new AccountAuthenticationProvider(userDetailsService, passwordEncoder, throttle, accounts));
    }

    /** Health is public for load balancers and compose; the other endpoints are for organisers. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.Names.ORGANISER))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        // After signing in, staff land on their overview, unless they were sent to sign in on the way to another page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .defaultSuccessUrl("/overzicht"));
        return http.build();
    }
}
