package de.casebook.app.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Every rule of the pipeline turns a bad request into a clear problem, and changes nothing. */
class BadInputIT extends CasebookIntegrationTest {

    private void assertRejected(HttpStatus status, String code, Supplier<ResponseEntity<JsonNode>> request) {
        assertRejectedWith(status, code, request);
    }

    private Map<String, Object> session(String date, Object hours, String module, List<String> participants) {
        var session = new HashMap<String, Object>();
        session.put("date", date);
        session.put("hours", hours);
        session.put("module", module);
        session.put("participants", participants);
        return session;
    }

    @Test
    void courseInput() {
        var start = clock.today().toString();
        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields",
                () -> staff().post("/api/courses", Map.of("title", " ", "trainers", List.of())));
        assertRejected(HttpStatus.BAD_REQUEST, "request.unreadable", () -> staff().postRaw("/api/courses", "{\"title\":"));
        assertRejected(HttpStatus.BAD_REQUEST, "request.wrong-type", () -> staff().post("/api/courses",
                Map.of("title", "K", "educationProvider", "VHS", "trainers", List.of("trainer"), "startDate", "1.10.2026")));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "course.end-before-start", () -> staff().post("/api/courses",
                Map.of("title", "K", "educationProvider", "VHS", "trainers", List.of("trainer"), "startDate", start,
                        "endDate", clock.today().minusDays(1).toString())));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "course.trainer-not-registered", () -> staff().post("/api/courses",
                Map.of("title", "K", "educationProvider", "VHS", "trainers", List.of("staff2"), "startDate", start)));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> as("auditor").post("/api/courses",
                Map.of("title", "K", "educationProvider", "VHS", "trainers", List.of("trainer"), "startDate", start)));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> trainer().post("/api/courses",
                Map.of("title", "K", "educationProvider", "VHS", "trainers", List.of("trainer"), "startDate", start)));
        assertRejected(HttpStatus.NOT_FOUND, "case.not-found", () -> staff().get("/api/courses/no-such-course"));
    }

    @Test
    void enrolmentInput() {
        var courseId = scheduleCourse(clock.today(), Map.of("maxParticipants", 1));
        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields", () -> staff().post(
                "/api/courses/" + courseId + "/enrolments", Map.of("name", "Anna", "email", "not-an-address")));
        assertRejected(HttpStatus.NOT_FOUND, "case.not-found", () -> staff().post(
                "/api/courses/unknown/enrolments", Map.of("name", "Anna", "email", "anna@example.org")));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> as("staff-b").post(
                "/api/courses/" + courseId + "/enrolments", Map.of("name", "Anna", "email", "anna@example.org")));
        enrol(courseId);
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "course.full", () -> staff().post(
                "/api/courses/" + courseId + "/enrolments", Map.of("name", "Ben", "email", "ben@example.org")));
    }

    @Test
    void signOffInput() {
        var courseId = scheduleCourse();
        var admitted = admittedParticipant(courseId);
        var registered = enrol(courseId);
        var otherCourse = admittedParticipant(scheduleCourse());
        var sessions = "/api/courses/" + courseId + "/sessions";
        var yesterday = clock.today().minusDays(1).toString();
        var module = "Verbindungen schaffen";

        for (var hours : List.of("0", "12.25", "0.1", "-2")) {
            assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "session.hours-invalid",
                    () -> trainer().post(sessions, session(yesterday, hours, module, List.of(admitted))));
        }
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "session.in-future", () -> trainer().post(sessions,
                session(clock.today().plusDays(1).toString(), "2", module, List.of(admitted))));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "session.before-course-start", () -> trainer().post(sessions,
                session(clock.today().minusDays(21).toString(), "2", module, List.of(admitted))));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "session.unknown-module",
                () -> trainer().post(sessions, session(yesterday, "2", "Kochen", List.of(admitted))));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "session.participant-not-attending",
                () -> trainer().post(sessions, session(yesterday, "2", module, List.of(admitted, registered))));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "session.participant-not-enrolled",
                () -> trainer().post(sessions, session(yesterday, "2", module, List.of(otherCourse))));
        assertRejected(HttpStatus.FORBIDDEN, "course.not-a-trainer",
                () -> as("trainer2").post(sessions, session(yesterday, "2", module, List.of(admitted))));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied",
                () -> staff().post(sessions, session(yesterday, "2", module, List.of(admitted))));
        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields",
                () -> trainer().post(sessions, session(null, null, module, List.of())));
        assertThat(qualification(admitted).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void unusualSignOffsNeedTheTrainersConfirmationAndADayHasAtMostTwelveHours() {
        var courseId = scheduleCourse();
        var caseId = enrolAndAdmit(courseId, "Jürgen Weiß");
        var sessions = "/api/courses/" + courseId + "/sessions";
        var module = "Verbindungen schaffen";
        var threeDaysAgo = clock.today().minusDays(3).toString();

        var longOne = assertRejectedWith(HttpStatus.UNPROCESSABLE_ENTITY, "session.confirmation-required",
                () -> trainer().post(sessions, session(threeDaysAgo, "10", module, List.of(caseId))));
        assertThat(longOne).contains("10 Stunden", "höchstens 8");
        var late = assertRejectedWith(HttpStatus.UNPROCESSABLE_ENTITY, "session.confirmation-required",
                () -> trainer().post(sessions, session(clock.today().minusDays(16).toString(), "3", module, List.of(caseId))));
        assertThat(late).contains("16 Tage zurück");
        confirmed(sessions, session(threeDaysAgo, "10", module, List.of(caseId)));

        var twice = assertRejectedWith(HttpStatus.UNPROCESSABLE_ENTITY, "session.confirmation-required",
                () -> trainer().post(sessions, session(threeDaysAgo, "2", module, List.of(caseId))));
        assertThat(twice).contains("Jürgen Weiß", "„Verbindungen schaffen“", clock.today().minusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        confirmed(sessions, session(threeDaysAgo, "2", module, List.of(caseId)));

        var overDay = session(threeDaysAgo, "0.25", "Mentorat für Bürgerengagement", List.of(caseId));
        overDay.put("confirmed", true);
        var refusal = assertRejectedWith(HttpStatus.UNPROCESSABLE_ENTITY, "session.day-limit",
                () -> trainer().post(sessions, overDay));
        assertThat(refusal).contains("12,25 Stunden", "höchstens 12 Stunden");
        assertThat(qualification(caseId).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("12");
        assertThat(staff().read("/api/courses/" + courseId).get("sessions")).hasSize(2);
    }

    private String enrolAndAdmit(String courseId, String name) {
        var caseId = staff().ok("/api/courses/" + courseId + "/enrolments", Map.of("name", name,
                "email", "juergen.plausibility@example.org")).get("caseId").asText();
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        return caseId;
    }

    private void confirmed(String sessions, Map<String, Object> session) {
        session.put("confirmed", true);
        assertThat(trainer().post(sessions, session).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String assertRejectedWith(HttpStatus status, String code, Supplier<ResponseEntity<JsonNode>> request) {
        var before = eventCount();
        var response = request.get();
        assertProblem(response, status, code);
        assertThat(eventCount()).as("no event appended").isEqualTo(before);
        return response.getBody().get("detail").asText();
    }

    @Test
    void correctionInput() {
        var courseId = scheduleCourse();
        var caseId = admittedParticipant(courseId);
        var sessionId = signOff(courseId, clock.today().minusDays(2), "3", caseId);
        var revocation = "/api/qualifications/" + caseId + "/sign-offs/" + sessionId + "/revocation";

        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields", () -> trainer().post(revocation, Map.of()));
        assertRejected(HttpStatus.FORBIDDEN, "course.not-a-trainer",
                () -> as("trainer2").post(revocation, Map.of("reason", "Fehler")));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "signoff.unknown", () -> trainer().post(
                "/api/qualifications/" + caseId + "/sign-offs/no-such-session/revocation", Map.of("reason", "Fehler")));
        assertRejected(HttpStatus.NOT_FOUND, "case.not-found",
                () -> staff().post("/api/qualifications/unknown/withdrawal", Map.of("reason", "Umzug")));
        assertRejected(HttpStatus.NOT_FOUND, "case.not-found",
                () -> staff().post("/api/qualifications/" + courseId + "/withdrawal", Map.of("reason", "Umzug")));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied",
                () -> as("staff-b").post("/api/qualifications/" + caseId + "/withdrawal", Map.of("reason", "Umzug")));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> as("staff-b").get("/api/qualifications/" + caseId));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> trainer().get("/api/cases/" + caseId + "/history"));
        assertRejected(HttpStatus.BAD_REQUEST, "request.bad-value",
                () -> staff().get("/api/qualifications/" + caseId + "?asOf=yesterday"));
        assertRejected(HttpStatus.NOT_FOUND, "certificate.not-issued",
                () -> staff().get("/api/qualifications/" + caseId + "/certificate"));

        var certified = certifiedCase(courseId);
        assertRejected(HttpStatus.CONFLICT, "qualification.withdrawal-too-late",
                () -> staff().post("/api/qualifications/" + certified + "/withdrawal", Map.of("reason", "Umzug")));
        var certifiedSession = qualification(certified).get("signOffs").get(0).get("sessionId").asText();
        assertRejected(HttpStatus.CONFLICT, "signoff.revocation-too-late", () -> trainer().post(
                "/api/qualifications/" + certified + "/sign-offs/" + certifiedSession + "/revocation",
                Map.of("reason", "Fehler")));
    }

    @Test
    void taskInput() {
        var caseId = enrol(scheduleCourse());
        var taskPath = "/api/tasks/" + openTask(staff(), caseId, "user_admit_participant").get("id").asText() + "/complete";

        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields", () -> staff().post(taskPath, Map.of("decision", "maybe")));
        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields", () -> staff().post(taskPath, Map.of()));
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "reason.required",
                () -> staff().post(taskPath, Map.of("decision", "decline")));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> as("staff-b").post(taskPath, Map.of("decision", "admit")));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> trainer().post(taskPath, Map.of("decision", "admit")));
        assertRejected(HttpStatus.FORBIDDEN, "access.denied", () -> as("auditor").post(taskPath, Map.of("decision", "admit")));
        assertRejected(HttpStatus.NOT_FOUND, "task.not-found",
                () -> staff().post("/api/tasks/no-such-task/complete", Map.of("decision", "admit")));

        var profileCase = certifiedCase(scheduleCourse());
        var profilePath = "/api/tasks/" + openTask(staff(), profileCase, "user_agree_activity_profile").get("id").asText()
                + "/complete";
        assertRejected(HttpStatus.UNPROCESSABLE_ENTITY, "profile.fields-required",
                () -> staff().post(profilePath, Map.of("fields", List.of())));
        assertRejected(HttpStatus.BAD_REQUEST, "request.invalid-fields", () -> staff().post(profilePath, Map.of()));
    }

    @Test
    void signInAndLanguage() {
        assertProblem(http.getForEntity("/api/tasks", JsonNode.class), HttpStatus.UNAUTHORIZED, "auth.required");
        assertProblem(http.withBasicAuth("staff", "wrong").getForEntity("/api/tasks", JsonNode.class),
                HttpStatus.UNAUTHORIZED, "auth.required");
        var german = staff().get("/api/courses/unknown");
        assertThat(german.getBody().get("detail").asText()).isEqualTo("Der Fall unknown wurde nicht gefunden.");
        var headers = new org.springframework.http.HttpHeaders();
        headers.setAcceptLanguageAsLocales(List.of(java.util.Locale.ENGLISH));
        var english = http.withBasicAuth("staff", "staff").exchange("/api/courses/unknown",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), JsonNode.class);
        assertThat(english.getBody().get("detail").asText()).isEqualTo("Case unknown was not found.");
    }
}
