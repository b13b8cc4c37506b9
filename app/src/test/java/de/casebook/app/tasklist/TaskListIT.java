package de.casebook.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class TaskListIT extends CasebookIntegrationTest {

    @Test
    void staffSeeTheTasksOfTheirMunicipalityOnly() {
        var caseId = enrol(scheduleCourse());
        var task = openTask(staff(), caseId, "user_admit_participant");
        assertThat(task.get("name").asText()).isEqualTo("Teilnahme zulassen");
        assertThat(task.get("caseType").asText()).isEqualTo("qualification");
        assertThat(task.get("created").asText()).isNotBlank();
        var created = java.time.Instant.parse(task.get("created").asText());
        assertThat(java.time.Instant.parse(task.get("due").asText()))
                .isBetween(created.plus(java.time.Duration.ofDays(14)).minusSeconds(5),
                        created.plus(java.time.Duration.ofDays(14)).plusSeconds(5));
        assertThat(openTaskIds("staff2", caseId)).containsExactly(task.get("id").asText());
        assertThat(openTaskIds("staff-b", caseId)).isEmpty();
        assertThat(openTaskIds("trainer", caseId)).isEmpty();
        assertThat(openTaskIds("auditor", caseId)).isEmpty();
        assertThat(staff().read("/api/tasks?caseType=qualification&caseId=" + caseId)).hasSize(1);
        assertProblem(staff().get("/api/tasks?caseType=honours-of-the-universe"), HttpStatus.BAD_REQUEST,
                "task.unknown-case-type");
    }

    @Test
    void aClaimedTaskBelongsToItsAssigneeUntilUnclaimed() {
        var caseId = enrol(scheduleCourse());
        var taskId = openTask(staff(), caseId, "user_admit_participant").get("id").asText();

        staff().ok("/api/tasks/" + taskId + "/claim", null);
        assertThat(staff().read("/api/tasks?assignee=me&caseId=" + caseId)).hasSize(1);
        assertThat(openTaskIds("staff2", caseId)).isEmpty();
        assertProblem(as("staff2").post("/api/tasks/" + taskId + "/claim", null), HttpStatus.CONFLICT,
                "task.claimed-by-other");
        assertProblem(as("staff2").post("/api/tasks/" + taskId + "/complete", Map.of("decision", "admit")),
                HttpStatus.CONFLICT, "task.claimed-by-other");

        staff().ok("/api/tasks/" + taskId + "/unclaim", null);
        as("staff2").ok("/api/tasks/" + taskId + "/complete", Map.of("decision", "admit"));
        var history = staff().read("/api/cases/" + caseId + "/history");
        assertThat(history.get(history.size() - 1).get("actor").asText()).isEqualTo("staff2");
    }

    @Test
    void aTaskCompletedBeforeIsAConflictNotAnError() {
        var caseId = enrol(scheduleCourse());
        var taskId = openTask(staff(), caseId, "user_admit_participant").get("id").asText();
        staff().ok("/api/tasks/" + taskId + "/complete", Map.of("decision", "admit"));
        assertProblem(staff().post("/api/tasks/" + taskId + "/complete", Map.of("decision", "admit")),
                HttpStatus.CONFLICT, "task.already-done");
    }

    private java.util.List<String> openTaskIds(String user, String caseId) {
        var ids = new java.util.ArrayList<String>();
        as(user).read("/api/tasks?caseId=" + caseId).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
