package de.casebook.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;

/**
 * The API takes Basic credentials on every request and opens no session for them; the pages' session
 * works for reading the API (downloads), and for changing requests only with the page's CSRF token;
 * a browser sending remembered Basic credentials from another site is refused; password guessing is
 * slowed down; the API description is for those signed in.
 */
class ApiSecurityIT extends CasebookIntegrationTest {

    private static HttpHeaders withCookie(String cookie) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Autowired
    MeterRegistry meters;

    /** Observing each of the chain's filters cost 5-6 % of a request's CPU; the request itself stays timed. */
    @Test
    void requestsAreTimedWithoutObservingEachSecurityFilter() {
        var response = http.withBasicAuth("staff", "staff").getForEntity("/api/tasks", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(meters.find("http.server.requests").tag("uri", "/api/tasks").timers()).isNotEmpty();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security"));
    }

    @Autowired
    ConfigurableApplicationContext context;

    /**
     * Spring MVC looks up a request's handler once: Spring Security's chain is not wrapped in the filter
     * that looked it up in advance for matchers asking Spring MVC, as its matchers are path patterns.
     */
    @Test
    void theSecurityChainMatchesPathsWithoutAskingSpringMvc() {
        var definition = context.getBeanFactory().getBeanDefinition(OneHandlerLookupPerRequest.FILTER_CHAIN);
        assertThat(classesWithin(definition)).contains("org.springframework.web.filter.ServletRequestPathFilter")
                .noneMatch(type -> type.contains("HandlerMappingIntrospector"));

        var chain = context.getBean(OneHandlerLookupPerRequest.FILTER_CHAIN, FilterChainProxy.class);
        assertThat(chain.getFilterChains()).hasSize(3).allSatisfy(filters ->
                assertThat(((DefaultSecurityFilterChain) filters).getRequestMatcher().toString()).doesNotContain("Mvc"));
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/tasks", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(http.withBasicAuth("staff", "staff").postForEntity("/api/audit/verifications", null, JsonNode.class),
                HttpStatus.FORBIDDEN, "access.denied");
    }

    /** The classes of a bean definition and of the bean definitions among its constructor's arguments, nested. */
    private static List<String> classesWithin(BeanDefinition definition) {
        var classes = new ArrayList<String>();
        classes.add(String.valueOf(definition.getBeanClassName()));
        definition.getConstructorArgumentValues().getIndexedArgumentValues().values().forEach(argument -> {
            if (argument.getValue() instanceof List<?> values) {
                values.stream().filter(BeanDefinition.class::isInstance)
                        .forEach(value -> classes.addAll(classesWithin((BeanDefinition) value)));
            }
        });
        return classes;
    }

    @Test
    void basicCredentialsOpenNoSession() {
        var response = http.withBasicAuth("staff", "staff").getForEntity("/api/tasks", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        assertProblem(http.getForEntity("/api/tasks", JsonNode.class), HttpStatus.UNAUTHORIZED, "auth.required");
    }

    @Test
    void aPageSessionReadsTheApiButChangesNothingWithoutItsCsrfToken() throws Exception {
        var session = PageSession.signIn(http.getRootUri(), "staff");
        var read = http.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(withCookie(session.cookie())),
                JsonNode.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);

        var courseId = scheduleCourse();
        var body = "{\"name\":\"Jürgen Weiß\",\"email\":\"juergen@example.org\"}";
        var forged = http.exchange("/api/courses/" + courseId + "/enrolments", HttpMethod.POST,
                new HttpEntity<>(body, withCookie(session.cookie())), JsonNode.class);
        assertProblem(forged, HttpStatus.FORBIDDEN, "auth.csrf");

        var headers = withCookie(session.cookie());
        headers.add("X-CSRF-TOKEN", session.csrf());
        var withToken = http.exchange("/api/courses/" + courseId + "/enrolments", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(withToken.getStatusCode()).as("%s", withToken.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void rememberedBasicCredentialsSentFromAnotherSiteAreRefused() {
        var courseId = scheduleCourse();
        var headers = new HttpHeaders();
        headers.setBasicAuth("staff", "staff");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ORIGIN, "https://evil.example");
        var body = "{\"name\":\"Çiğdem Öztürk-Łukasz\",\"email\":\"cigdem@example.org\"}";
        var crossSite = http.exchange("/api/courses/" + courseId + "/enrolments", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
        assertProblem(crossSite, HttpStatus.FORBIDDEN, "auth.csrf");

        headers.set(HttpHeaders.ORIGIN, http.getRootUri());
        var sameSite = http.exchange("/api/courses/" + courseId + "/enrolments", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(sameSite.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() {
        var proxied = new HttpHeaders();
        proxied.set("X-Forwarded-Proto", "https");
        var login = http.exchange("/login", HttpMethod.GET, new HttpEntity<>(proxied), String.class);
        assertThat(login.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).contains("Secure", "HttpOnly");
        var plain = http.getForEntity("/login", String.class);
        assertThat(plain.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).doesNotContain("Secure");
    }

    @Test
    void guessingAPasswordIsSlowedDown() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertProblem(http.withBasicAuth("staff2", "guess-" + attempt).getForEntity("/api/tasks", JsonNode.class),
                    HttpStatus.UNAUTHORIZED, "auth.required");
        }
        var throttled = http.withBasicAuth("staff2", "guess-4").getForEntity("/api/tasks", JsonNode.class);
        assertProblem(throttled, HttpStatus.TOO_MANY_REQUESTS, "auth.throttled");
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/tasks", JsonNode.class).getStatusCode())
                .as("others sign in as before").isEqualTo(HttpStatus.OK);

        clock.moveTo(clock.instant().plusSeconds(2));
        assertThat(http.withBasicAuth("staff2", "staff2").getForEntity("/api/tasks", JsonNode.class).getStatusCode())
                .as("after the wait").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theApiDescriptionIsForThoseSignedIn() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        var description = http.withBasicAuth("staff", "staff").getForEntity("/v3/api-docs", String.class);
        assertThat(description.getStatusCode()).as("%s", description).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/actuator/health/liveness", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var metrics = http.withBasicAuth("admin", "admin").getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("casebook_mail_backlog", "casebook_jobs_due",
                "projection=\"case-index\"", "http_server_requests");
        assertThat(metrics.getBody()).as("each node names itself in its metrics")
                .containsPattern("casebook_projection_lag\\{node=\"[^\"]+\",projection=\"case-index\"");
    }
}
