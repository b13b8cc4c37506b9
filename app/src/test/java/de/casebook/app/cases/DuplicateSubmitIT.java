package de.casebook.app.cases;

import static de.casebook.app.CaseRequests.cardApplication;
import static de.casebook.app.CaseRequests.network;
import static de.casebook.app.CaseRequests.nomination;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The same submission twice at the same moment, 20 rounds per create endpoint: the domain's duplicate
 * rules (held by the database) let one through and answer the other 409 with the first case's number;
 * with an {@code Idempotency-Key} both get the one answer and one case exists.
 */
class DuplicateSubmitIT extends CasebookIntegrationTest {

    private static final int ROUNDS = 20;
    private static final String[] FIRST_NAMES = {"Jürgen", "Çiğdem", "Łukasz", "Zoë", "Hans-Peter", "Ayşe", "Renée",
        "Søren", "Małgorzata", "Björn", "Ömer", "Anaïs", "Dvořák", "Gülşen", "Jörg", "Inès", "Dörte", "Tomás", "Églantine",
        "Şükrü"};

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static String person(String family, int round) {
        var first = FIRST_NAMES[round % FIRST_NAMES.length];
        return round < FIRST_NAMES.length ? first + " " + family : first + " " + family + "-" + FIRST_NAMES[round / FIRST_NAMES.length];
    }

    @Test
    void identicalCardApplicationsAtOnceOpenOneCase() {
        for (int round = 0; round < ROUNDS; round++) {
            var request = cardApplication(person("Öztürk-Weiß", round), LocalDate.of(1970, 1, 1).plusDays(round));
            var answers = twiceAtOnce(user -> staff().post("/api/card-applications", request));
            assertOneCreatedOneRefused(answers, "card.application-open");
        }
        assertThat(claims(CaseTypes.CARD_APPLICATION)).isGreaterThanOrEqualTo(ROUNDS);
    }

    @Test
    void identicalEnrolmentsAtOnceEnrolOnce() {
        var courseId = scheduleCourse(clock.today(), Map.of("maxParticipants", 100));
        for (int round = 0; round < ROUNDS; round++) {
            var request = Map.of("name", person("Weiß", round), "email", "teilnahme" + round + "@example.org");
            var answers = twiceAtOnce(user -> staff().post("/api/courses/" + courseId + "/enrolments", request));
            assertOneCreatedOneRefused(answers, "enrolment.duplicate");
        }
        var participants = jdbc.sql("SELECT count(*) FROM case_index WHERE parent_id = ?").param(courseId)
                .query(Long.class).single();
        assertThat(participants).isEqualTo(ROUNDS);
    }

    @Test
    void identicalNominationsAtOnceNominateOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            var request = nomination(person("Müller-Lüdenscheidt", round), clock.today());
            var answers = twiceAtOnce(user -> staff().post("/api/nominations", request));
            assertOneCreatedOneRefused(answers, "nomination.duplicate");
        }
    }

    @Test
    void theSameIdempotencyKeyTwiceAtOnceCreatesOneCaseOnEveryCreateEndpoint() {
        var courseId = scheduleCourse(clock.today(), Map.of("maxParticipants", 100));
        Map<String, Function<Integer, Object>> endpoints = new HashMap<>();
        endpoints.put("/api/card-applications", round -> cardApplication(person("Idempotent", round),
                LocalDate.of(1975, 3, 1).plusDays(round)));
        endpoints.put("/api/courses/" + courseId + "/enrolments", round -> Map.of("name", person("Idempotent", round),
                "email", "idem" + round + "@example.org"));
        endpoints.put("/api/nominations", round -> nomination(person("Idempotent", round), clock.today()));
        endpoints.put("/api/networks", round -> network("Netzwerk " + person("Idempotent", round), clock.today()));
        endpoints.put("/api/courses", round -> Map.of("title", "Kurs " + person("Idempotent", round),
                "educationProvider", "VHS", "trainers", List.of("trainer"), "startDate", clock.today().toString()));
        endpoints.forEach((path, request) -> {
            var user = path.equals("/api/networks") ? "ministry" : "staff";
            for (int round = 0; round < ROUNDS; round++) {
                var key = UUID.randomUUID().toString();
                var body = request.apply(round);
                var before = eventCount();
                var answers = twiceAtOnce(any -> send(user, path, key, body));
                assertThat(answers).as(path).allSatisfy(answer ->
                        assertThat(answer.getStatusCode()).as("%s %s", path, answer.getBody()).isEqualTo(HttpStatus.CREATED));
                assertThat(answers.get(0).getBody()).as(path).isEqualTo(answers.get(1).getBody());
                assertThat(answers).as(path).filteredOn(answer -> answer.getHeaders().containsKey("Idempotent-Replayed"))
                        .hasSize(1);
                var again = send(user, path, key, body);
                assertThat(again.getBody()).as(path).isEqualTo(answers.get(0).getBody());
                assertThat(eventCount() - before).as("%s: the events of one creation", path)
                        .isEqualTo(eventsOfOneCreation(user, path, request.apply(ROUNDS + round)));
            }
        });
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefusedAndAFailedRequestMayBeRetried() {
        var key = UUID.randomUUID().toString();
        var refused = send("staff", "/api/card-applications", key, Map.of("program", "nrw"));
        assertProblem(refused, HttpStatus.BAD_REQUEST, null);
        var request = cardApplication("Dörte Schäfer-Idempotent", LocalDate.of(1966, 6, 6));
        var created = send("staff", "/api/card-applications", key, request);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var other = cardApplication("Jörg Schäfer-Idempotent", LocalDate.of(1967, 7, 7));
        assertProblem(send("staff", "/api/card-applications", key, other), HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency.key-reused");
        assertThat(send("staff2", "/api/card-applications", key, other).getStatusCode())
                .as("keys are per user").isEqualTo(HttpStatus.CREATED);
        assertProblem(send("staff", "/api/card-applications", "x".repeat(201), other), HttpStatus.BAD_REQUEST,
                "idempotency.key-invalid");
    }

    /** How many events a creation stores, measured on a fresh one (courses and networks have no duplicate rule). */
    private long eventsOfOneCreation(String user, String path, Object body) {
        var before = eventCount();
        assertThat(send(user, path, UUID.randomUUID().toString(), body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return eventCount() - before;
    }

    private long claims(String rule) {
        return jdbc.sql("SELECT count(*) FROM case_claim WHERE rule = ?").param(rule).query(Long.class).single();
    }

    private ResponseEntity<JsonNode> send(String user, String path, String key, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private List<ResponseEntity<JsonNode>> twiceAtOnce(Function<Integer, ResponseEntity<JsonNode>> request) {
        var start = new CyclicBarrier(2);
        var answers = new ArrayList<CompletableFuture<ResponseEntity<JsonNode>>>();
        for (int i = 0; i < 2; i++) {
            var which = i;
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return request.apply(which);
            }, pool));
        }
        return answers.stream().map(CompletableFuture::join)
                .sorted(Comparator.comparingInt(answer -> answer.getStatusCode().value())).toList();
    }

    private void assertOneCreatedOneRefused(List<ResponseEntity<JsonNode>> answers, String code) {
        assertThat(answers.get(0).getStatusCode()).as("%s", answers.get(0).getBody()).isEqualTo(HttpStatus.CREATED);
        assertProblem(answers.get(1), HttpStatus.CONFLICT, code);
        var caseId = answers.get(0).getBody().get("caseId").asText();
        var number = jdbc.sql("SELECT case_number FROM case_claim WHERE case_id = ?").param(caseId)
                .query(String.class).single();
        assertThat(answers.get(1).getBody().get("detail").asText()).contains(number);
    }
}
