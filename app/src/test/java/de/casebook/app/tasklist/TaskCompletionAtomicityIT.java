package de.casebook.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import de.casebook.app.CasebookIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A task completion is one transaction: the command's events and the task's completion, or neither. */
class TaskCompletionAtomicityIT extends CasebookIntegrationTest {

    @MockitoSpyBean
    TaskService taskService;

    @AfterEach
    void resetSpy() {
        reset(taskService);
    }

    @Test
    void aRejectedCommandLeavesTheTaskOpenAndAppendsNothing() {
        var caseId = certifiedCase(scheduleCourse());
        var task = openTask(staff(), caseId, "user_agree_activity_profile");
        var events = eventCount();

        var response = staff().post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("fields", List.of("schools", "knitting")));

        assertProblem(response, HttpStatus.UNPROCESSABLE_ENTITY, "profile.unknown-field");
        assertThat(eventCount()).isEqualTo(events);
        var stillOpen = openTask(staff(), caseId, "user_agree_activity_profile");
        assertThat(stillOpen.get("id").asText()).isEqualTo(task.get("id").asText());
        assertThat(stillOpen.has("assignee")).as("the claim is rolled back too").isFalse();
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("certified");
    }

    @Test
    void aFailureAfterTheCommandRollsBackTheEventsAndTheTaskCompletion() {
        var caseId = enrol(scheduleCourse());
        var task = openTask(staff(), caseId, "user_admit_participant");
        var taskId = task.get("id").asText();
        doThrow(new IllegalStateException("database connection lost")).when(taskService).complete(eq(taskId), anyMap());
        var eventsBefore = eventTypes(caseId);

        var response = staff().post("/api/tasks/" + taskId + "/complete", Map.of("decision", "admit"));

        assertProblem(response, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
        assertThat(eventTypes(caseId)).isEqualTo(eventsBefore).doesNotContain("ParticipantAdmittedEvent");
        assertThat(openTask(staff(), caseId, "user_admit_participant").get("id").asText()).isEqualTo(taskId);
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("registered");

        reset(taskService);
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        assertThat(eventTypes(caseId)).containsOnlyOnce("ParticipantAdmittedEvent");
    }
}
