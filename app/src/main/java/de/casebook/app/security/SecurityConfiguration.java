package de.casebook.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.platform.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * HTTP Basic for the API (a successful sign-in opens a session, so a client that keeps the session
 * cookie pays for BCrypt once, not on every request), and form login for the web pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Passwords checked with BCrypt, a match remembered for a minute (see {@link VerifiedPasswords}). */
    @Bean
    AuthenticationProvider verifiedPasswords(Users users, PasswordEncoder passwordEncoder) {
        var provider = new VerifiedPasswords(users, Duration.ofMinutes(1));
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole(Role.STAFF.name(), Role.TRAINER.name(), Role.ADMIN.name(),
                                Role.COORDINATOR.name(), Role.MINISTRY.name(), Role.JURY.name(), Role.MAYOR.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic
                        .securityContextRepository(new HttpSessionSecurityContextRepository())
                        .authenticationEntryPoint((request, response, exception) ->
                        write(response, json, problems.of(HttpStatus.UNAUTHORIZED, "auth.required"))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, exception) ->
                                write(response, json, problems.of(HttpStatus.UNAUTHORIZED, "auth.required")))
                        .accessDeniedHandler((request, response, exception) ->
                                write(response, json, problems.of(HttpStatus.FORBIDDEN, "access.denied"))))
                .build();
    }

    /**
     * Links for people outside (an organisation confirming an engagement, anyone checking a card's QR
     * code): no sign-in, no session, no CSRF token; the link itself is the secret or shows nothing personal.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/public/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The web pages: form login, CSRF tokens on every form, and a Content-Security-Policy that allows
     * no inline script.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(Role.STAFF.name(), Role.TRAINER.name(),
                                Role.ADMIN.name(), Role.COORDINATOR.name(), Role.MINISTRY.name(), Role.JURY.name(),
                                Role.MAYOR.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Casebook\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
