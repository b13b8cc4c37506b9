package de.casebook.app.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The window-end timer, with time moved by the test, and what staff decide afterwards. */
class QualificationWindowIT extends CasebookIntegrationTest {

    private final LocalDate start = LocalDate.of(2026, 3, 2);

    private String incompleteCase(String courseId) {
        clock.moveTo(start.plusDays(10).atStartOfDay(CaseCalendar.ZONE).toInstant());
        var caseId = admittedParticipant(courseId);
        signOff(courseId, start.plusDays(7), "8", caseId);
        assertThat(windowTimerDue(caseId)).isFalse();

        clock.moveTo(LocalDate.of(2026, 6, 3).atStartOfDay(CaseCalendar.ZONE).toInstant());
        assertThat(windowTimerDue(caseId)).isTrue();
        fireDueTimers(caseId);
        return caseId;
    }

    @Test
    void theWindowEndingWithTooFewHoursMakesTheCaseIncompleteAsAnEvent() {
        var courseId = scheduleCourse(start, Map.of());
        var caseId = incompleteCase(courseId);

        var incomplete = qualification(caseId);
        assertThat(incomplete.get("status").asText()).isEqualTo("incomplete");
        assertThat(eventTypes(caseId)).last().isEqualTo("QualificationWindowEndedEvent");
        var history = as("auditor").read("/api/cases/" + caseId + "/history");
        assertThat(history.get(history.size() - 1).get("actor").asText()).isEqualTo("system");
        openTask(staff(), caseId, "user_decide_incomplete");
    }

    @Test
    void anIncompleteCaseIsExtendedOnceAndThenCertified() {
        var courseId = scheduleCourse(start, Map.of());
        var caseId = incompleteCase(courseId);

        var tooLong = completeTaskResponse(caseId, Map.of("decision", "extend", "newWindowEnd", "2026-09-03"));
        assertProblem(tooLong, HttpStatus.UNPROCESSABLE_ENTITY, "window.extension-too-long");

        completeTask(staff(), caseId, "user_decide_incomplete", Map.of("decision", "extend", "newWindowEnd", "2026-08-15"));
        var extended = qualification(caseId);
        assertThat(extended.get("status").asText()).isEqualTo("attending");
        assertThat(extended.get("windowEnd").asText()).isEqualTo("2026-08-15");

        clock.moveTo(LocalDate.of(2026, 7, 1).atStartOfDay(CaseCalendar.ZONE).toInstant());
        signOff(courseId, LocalDate.of(2026, 6, 20), "12", caseId);
        signOff(courseId, LocalDate.of(2026, 6, 21), "12", caseId);
        signOff(courseId, LocalDate.of(2026, 6, 22), "8", caseId);
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("requirements-met");
        completeTask(staff(), caseId, "user_issue_certificate", Map.of());
        assertThat(qualification(caseId).get("certificateNumber").asText()).startsWith("BM-2026-");
    }

    @Test
    void anExtendedWindowThatEndsAgainCannotBeExtendedTwice() {
        var courseId = scheduleCourse(start, Map.of());
        var caseId = incompleteCase(courseId);
        completeTask(staff(), caseId, "user_decide_incomplete", Map.of("decision", "extend", "newWindowEnd", "2026-07-01"));

        clock.moveTo(LocalDate.of(2026, 7, 2).atStartOfDay(CaseCalendar.ZONE).toInstant());
        fireDueTimers(caseId);
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("incomplete");
        var again = completeTaskResponse(caseId, Map.of("decision", "extend", "newWindowEnd", "2026-08-01"));
        assertProblem(again, HttpStatus.CONFLICT, "window.already-extended");
    }

    @Test
    void anIncompleteCaseIsClosedWithAReason() {
        var courseId = scheduleCourse(start, Map.of());
        var caseId = incompleteCase(courseId);
        assertProblem(completeTaskResponse(caseId, Map.of("decision", "close")), HttpStatus.UNPROCESSABLE_ENTITY,
                "reason.required");
        completeTask(staff(), caseId, "user_decide_incomplete", Map.of("decision", "close", "reason", "Kein Interesse"));
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("closed");
        assertThat(staff().read("/api/tasks?caseId=" + caseId)).isEmpty();
    }

    @Test
    void hoursSignedOffLateForSessionsInsideTheWindowStillCount() {
        var courseId = scheduleCourse(start, Map.of());
        var caseId = incompleteCase(courseId);
        signOff(courseId, LocalDate.of(2026, 5, 30), "12", caseId);
        signOff(courseId, LocalDate.of(2026, 5, 31), "12", caseId);
        signOff(courseId, LocalDate.of(2026, 6, 1), "8", caseId);
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("requirements-met");
        openTask(staff(), caseId, "user_issue_certificate");
    }

    private org.springframework.http.ResponseEntity<com.fasterxml.jackson.databind.JsonNode> completeTaskResponse(
            String caseId, Object form) {
        var task = openTask(staff(), caseId, "user_decide_incomplete");
        return staff().post("/api/tasks/" + task.get("id").asText() + "/complete", form);
    }

    private boolean windowTimerDue(String caseId) {
        return dueTimers(caseId).count() > 0;
    }

    private void fireDueTimers(String caseId) {
        dueTimers(caseId).list().forEach(job -> managementService.executeJob(job.getId()));
    }

    private JobQuery dueTimers(String caseId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().executable();
    }
}
