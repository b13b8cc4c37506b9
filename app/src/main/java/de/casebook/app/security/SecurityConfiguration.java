package de.casebook.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * HTTP Basic for the API, form login for the web pages, both throttled against password guessing
 * ({@link LoginThrottle}); public links without sign-in. With {@code casebook.oidc.issuer-uri} set
 * (profile {@code oidc}), people sign in through the municipality's identity provider instead and the
 * API takes its bearer tokens ({@link OidcAccounts}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * No Micrometer observations of Spring Security's filters, authentications and authorizations:
     * they wrapped each of the chain's filters in an observation on every request, 5-6 % of the request
     * threads' CPU in a profile of task completions (docs/benchmark.md), and nothing reads them;
     * requests stay observed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock, Environment settings) {
        var prefix = "casebook.security.sign-in-throttle.";
        return new LoginThrottle(clock,
                new LoginThrottle.Policy(settings.getProperty(prefix + "user.free-attempts", Integer.class, 3),
                        settings.getProperty(prefix + "user.lock-after", Integer.class, 10)),
                new LoginThrottle.Policy(settings.getProperty(prefix + "address.free-attempts", Integer.class, 20),
                        settings.getProperty(prefix + "address.lock-after", Integer.class, 100)),
                settings.getProperty(prefix + "lock-for", Duration.class, Duration.ofMinutes(15)));
    }

    /** Passwords checked with BCrypt, a match remembered for a minute (see {@link VerifiedPasswords}). */
    @Bean
    AuthenticationProvider verifiedPasswords(Users users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var provider = new VerifiedPasswords(users, Duration.ofMinutes(1), throttle);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    /**
     * The API: HTTP Basic on every request (no session is opened for it; a verified password is
     * remembered for a minute), or the session of a person signed in on the pages, whose changing
     * requests must then carry the page's CSRF token. API documentation only for those signed in.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, ObjectMapper json, Environment settings,
                            OidcAccounts accounts) throws Exception {
        AuthenticationEntryPoint signInFirst = (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
                write(response, json, problems.of(HttpStatus.TOO_MANY_REQUESTS, "auth.throttled",
                        minutes(throttled.retryAfter())));
                return;
            }
            if (exception instanceof OAuth2AuthenticationException refused
                    && refused.getError().getErrorCode().startsWith("casebook_")) {
                write(response, json, problems.of(HttpStatus.UNAUTHORIZED, "auth." + refused.getError().getErrorCode()
                        .substring("casebook_".length()).replace('_', '-')));
                return;
            }
            write(response, json, problems.of(HttpStatus.UNAUTHORIZED, "auth.required"));
        };
        if (oidc(settings)) {
            // the identity provider's bearer tokens instead of the demo users' passwords
            http.oauth2ResourceServer(tokens -> tokens.authenticationEntryPoint(signInFirst)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> {
                        var user = accounts.userOf(token.getClaims());
                        return new UsernamePasswordAuthenticationToken(user, token, OidcAccounts.authorities(user));
                    })));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(signInFirst));
        }
        return http
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                        "/swagger-ui/**", "/swagger-ui.html")
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::changesBySessionOrOtherSite))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/audit/**", "/api/case-exports").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/data-protection/**").hasRole(Role.PRIVACY.name())
                        .requestMatchers("/api/**").hasAnyRole(Role.STAFF.name(), Role.TRAINER.name(), Role.ADMIN.name(),
                                Role.COORDINATOR.name(), Role.MINISTRY.name(), Role.JURY.name(), Role.MAYOR.name())
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(signInFirst)
                        .accessDeniedHandler((request, response, exception) ->
                                write(response, json, exception instanceof CsrfException
                                        ? problems.of(HttpStatus.FORBIDDEN, "auth.csrf")
                                        : problems.of(HttpStatus.FORBIDDEN, "access.denied"))))
                .build();
    }

    /**
     * A changing request needs the CSRF token when the browser's session cookie is its only credential,
     * or when a browser sends it from another site (a browser may add Basic credentials it remembers).
     */
    private static boolean changesBySessionOrOtherSite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return true;
        }
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.equals(ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(null).build().toUriString());
    }

    /** Sign-in through the identity provider named by {@code casebook.oidc.issuer-uri} (profile {@code oidc}). */
    static boolean oidc(Environment settings) {
        var issuer = settings.getProperty("casebook.oidc.issuer-uri");
        return issuer != null && !issuer.isBlank();
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
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
    SecurityFilterChain pages(HttpSecurity http, Environment settings, OidcAccounts accounts) throws Exception {
        var expiredSessions = new ExpiredSessions();
        if (oidc(settings)) {
            var signedIn = new OidcUserService();
            http.oauth2Login(login -> login.loginPage("/login").successHandler(expiredSessions)
                    .userInfoEndpoint(info -> info.oidcUserService(request -> {
                        var oidcUser = signedIn.loadUser(request);
                        return new CasebookOidcUser(oidcUser, accounts.userOf(oidcUser.getClaims()));
                    }))
                    .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                            + "/login?refused=" + (exception instanceof OAuth2AuthenticationException refused
                            && refused.getError().getErrorCode().startsWith("casebook_")
                            ? refused.getError().getErrorCode().substring("casebook_".length()) : "other"))));
        } else {
            http.formLogin(login -> login.loginPage("/login").successHandler(expiredSessions).permitAll()
                    .failureHandler((request, response, exception) -> response.sendRedirect(
                            request.getContextPath() + (exception instanceof SignInThrottledException throttled
                                    ? "/login?throttled=" + minutes(throttled.retryAfter()) : "/login?error"))));
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/audit/**", "/cases/exports").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/data-protection/**").hasRole(Role.PRIVACY.name())
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(Role.STAFF.name(), Role.TRAINER.name(),
                                Role.ADMIN.name(), Role.COORDINATOR.name(), Role.MINISTRY.name(), Role.JURY.name(),
                                Role.MAYOR.name())
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(expiredSessions))
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
