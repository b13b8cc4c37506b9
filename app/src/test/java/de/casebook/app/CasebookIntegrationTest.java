package de.casebook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on embedded PostgreSQL, driven through its REST API. Subclasses share one
 * application context (and database); every test creates its own courses and cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(TestClockConfiguration.class)
public abstract class CasebookIntegrationTest {

    /** Enrolments of one person in one course are refused as duplicates: each test participant is another person. */
    private static final java.util.concurrent.atomic.AtomicInteger ENROLMENTS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    protected org.camunda.bpm.engine.ManagementService managementService;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected Api as(String username) {
        return new Api(http, username);
    }

    protected Api staff() {
        return as("staff");
    }

    protected Api trainer() {
        return as("trainer");
    }

    protected String scheduleCourse(LocalDate start, Map<String, Object> overrides) {
        var course = new HashMap<String, Object>(Map.of("title", "Mentorenkurs", "educationProvider", "VHS Musterstadt",
                "trainers", List.of("trainer"), "startDate", start.toString()));
        course.putAll(overrides);
        return staff().ok("/api/courses", course).get("id").asText();
    }

    protected String scheduleCourse() {
        return scheduleCourse(clock.today().minusDays(20), Map.of());
    }

    protected String enrol(String courseId) {
        return staff().ok("/api/courses/" + courseId + "/enrolments", Map.of("name", "Anna Beispiel",
                "email", "anna.beispiel." + ENROLMENTS.incrementAndGet() + "@example.org")).get("caseId").asText();
    }

    protected String admittedParticipant(String courseId) {
        var caseId = enrol(courseId);
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        return caseId;
    }

    protected String caseWithRequirementsMet(String courseId) {
        var caseId = admittedParticipant(courseId);
        signOff(courseId, clock.today().minusDays(9), "12", caseId);
        signOff(courseId, clock.today().minusDays(8), "12", caseId);
        signOff(courseId, clock.today().minusDays(7), "12", caseId);
        signOff(courseId, clock.today().minusDays(6), "4", caseId);
        return caseId;
    }

    protected String certifiedCase(String courseId) {
        var caseId = caseWithRequirementsMet(courseId);
        completeTask(staff(), caseId, "user_issue_certificate", Map.of());
        return caseId;
    }

    protected JsonNode openTask(Api api, String caseId, String taskKey) {
        var tasks = api.read("/api/tasks?caseId=" + caseId);
        for (var task : tasks) {
            if (task.get("taskKey").asText().equals(taskKey)) {
                return task;
            }
        }
        throw new AssertionError("no open task " + taskKey + " for case " + caseId + " in " + tasks);
    }

    protected void completeTask(Api api, String caseId, String taskKey, Object form) {
        var task = openTask(api, caseId, taskKey);
        api.ok("/api/tasks/" + task.get("id").asText() + "/complete", form);
    }

    /** A session the trainer signs off, confirming it if it is unusual (long, late, a module twice a day). */
    protected String signOff(String courseId, LocalDate date, String hours, String... caseIds) {
        return trainer().ok("/api/courses/" + courseId + "/sessions", Map.of("date", date.toString(), "hours", hours,
                "module", "Verbindungen schaffen", "participants", List.of(caseIds), "confirmed", true))
                .get("sessionId").asText();
    }

    protected JsonNode qualification(String caseId) {
        return staff().read("/api/qualifications/" + caseId);
    }

    /** Runs what the job executor (off in tests) would by now for the case: async steps and due timers. */
    protected void runJobs(String caseId) {
        for (int round = 0; round < 20; round++) {
            var jobs = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
                    .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId())
                            .executable().list().stream())
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    protected long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    protected List<String> eventTypes(String caseId) {
        return jdbc.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(caseId).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /**
     * The personal link of the newest mail to the address about the case, read where the outbox keeps
     * it until the mail is sent (the API shows no links): what the mail will carry.
     */
    protected String mailedLink(String caseId, String address) {
        return jdbc.sql("""
                        SELECT secret_link FROM outbox_mail WHERE case_id = ? AND recipient = ? AND secret_link IS NOT NULL
                        ORDER BY id DESC LIMIT 1""")
                .params(caseId, address).query(String.class).optional()
                .orElseThrow(() -> new AssertionError("no unsent mail with a link to " + address + " about " + caseId));
    }

    protected static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json, was %s", response.getHeaders().getContentType()).isTrue();
        assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().get("detail").asText()).isNotBlank();
        if (code != null) {
            assertThat(response.getBody().get("code").asText()).isEqualTo(code);
        }
    }
}
