package de.casebook.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.CaseFixture;
import de.casebook.app.CaseFixture.Audience;
import de.casebook.app.PageSession;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint and page the application maps (read from its request mappings, so a new one is
 * covered without anyone adding it here) × every role × cases of the own and of another
 * municipality. Nobody gets a 5xx; nobody signed out gets anything; nobody who may not see a case
 * gets a 2xx for it or changes it; and no answer to anyone carries the name of a person whose case
 * that role may not see (card applicants, course participants, nominees).
 */
class AccessMatrixIT extends CasebookIntegrationTest {

    private static final String ANONYMOUS = "(signed out)";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private record Endpoint(RequestMethod method, String pattern) {

        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/v3/");
        }

        boolean open() {
            return pattern.startsWith("/public/") || pattern.startsWith("/actuator/health") || pattern.equals("/login")
                    || pattern.startsWith("/error") || pattern.startsWith("/swagger-ui");
        }

        boolean safe() {
            return method == RequestMethod.GET || method == RequestMethod.HEAD;
        }
    }

    private record Call(Endpoint endpoint, String path, Audience audience) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private TaskService taskService;

    private final Map<String, PageSession> sessions = new HashMap<>();
    private int requests;
    private CaseFixture fixture;

    @Test
    void nobodyReadsOrChangesWhatIsNotTheirs() throws Exception {
        fixture = CaseFixture.create(this, taskService);
        var calls = calls(fixture.values());
        assertThat(calls).hasSizeGreaterThan(100);
        var soft = new SoftAssertions();
        var before = eventCount();
        for (var call : calls) {
            for (var user : users()) {
                if (call.endpoint().safe() || mayNotChange(user, call)) {
                    check(soft, call, user);
                }
            }
        }
        soft.assertThat(eventCount()).as("events after every refused change").isEqualTo(before);
        for (var call : calls) {
            for (var user : users()) {
                if (!call.endpoint().safe() && !mayNotChange(user, call)) {
                    check(soft, call, user);
                }
            }
        }
        org.slf4j.LoggerFactory.getLogger(AccessMatrixIT.class).info("access matrix: {} endpoints and pages, {} calls,"
                + " {} requests", calls.stream().map(Call::endpoint).distinct().count(), calls.size(), requests);
        soft.assertAll();
    }

    private static List<String> users() {
        var users = new ArrayList<>(CaseFixture.USERS);
        users.add(ANONYMOUS);
        return users;
    }

    private static boolean mayNotChange(String user, Call call) {
        return user.equals(ANONYMOUS) || call.audience() != null && call.audience().refused().contains(user);
    }

    private void check(SoftAssertions soft, Call call, String user) throws Exception {
        requests++;
        var response = send(call, user);
        var what = "%s %s as %s -> %d %s".formatted(call.endpoint().method(), call.path(), user, response.statusCode(),
                abbreviated(response.body()));
        soft.assertThat(response.statusCode()).as(what).isLessThan(500);
        if (call.endpoint().api() && response.statusCode() >= 400) {
            soft.assertThat(response.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        if (user.equals(ANONYMOUS) && !call.endpoint().open()) {
            // 403: a change without credentials is taken for a forged one (no CSRF token)
            soft.assertThat(response.statusCode()).as(what).isIn(call.endpoint().api()
                    ? call.endpoint().safe() ? Set.of(401) : Set.of(401, 403) : Set.of(302, 401, 403));
        }
        var audience = call.audience();
        if (audience != null && audience.refused().contains(user)) {
            // a page answers a refused form by showing it again with the reason (302 to it); the events
            // counted after all refused changes tell that nothing changed
            soft.assertThat(response.statusCode()).as(what).isIn(call.endpoint().api() || call.endpoint().safe()
                    ? Set.of(400, 401, 403, 404, 409, 422) : Set.of(302, 400, 401, 403, 404, 409, 422));
        }
        for (var secret : fixture.audiences()) {
            if (!secret.allowed().contains(user)) {
                soft.assertThat(response.body()).as("%s shows %s", what, secret.secret()).doesNotContain(secret.secret());
            }
        }
    }

    private HttpResponse<String> send(Call call, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + call.path()));
        var body = "";
        if (call.endpoint().api()) {
            if (!user.equals(ANONYMOUS)) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
            }
            request.header("Content-Type", "application/json");
            body = "{}";
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            if (!user.equals(ANONYMOUS)) {
                var session = sessions.computeIfAbsent(user, this::signIn);
                request.header("Cookie", session.cookie());
                body = "_csrf=" + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
            }
        }
        request.method(call.endpoint().method().name(), call.endpoint().safe()
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private PageSession signIn(String user) {
        try {
            return PageSession.signIn(http.getRootUri(), user);
        } catch (Exception e) {
            throw new IllegalStateException("signing in as " + user, e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Every mapped endpoint with its path variables filled in every way the fixture offers. */
    private List<Call> calls(Map<String, Map<String, Audience>> values) {
        var endpoints = new TreeSet<Endpoint>((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
                    : info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                methods.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
            }
        });
        var calls = new ArrayList<Call>();
        for (var endpoint : endpoints) {
            expand(endpoint, endpoint.pattern(), null, values, calls);
        }
        return calls;
    }

    private static void expand(Endpoint endpoint, String path, Audience audience,
                               Map<String, Map<String, Audience>> values, List<Call> calls) {
        var start = path.indexOf('{');
        if (start < 0) {
            calls.add(new Call(endpoint, path, audience));
            return;
        }
        var end = path.indexOf('}', start);
        var variable = path.substring(start + 1, end).replaceFirst(":.*", "");
        assertThat(values).as("a value for {%s} in %s: tell the access matrix what to put there", variable,
                endpoint.pattern()).containsKey(variable);
        values.get(variable).forEach((value, named) -> expand(endpoint,
                path.substring(0, start) + value + path.substring(end + 1), named != null ? named : audience, values,
                calls));
    }
}
