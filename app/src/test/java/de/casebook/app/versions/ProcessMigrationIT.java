package de.casebook.app.versions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A process change rolled out: a changed mentor model (an added step) is deployed, running cases
 * waiting at three different activities are checked and moved, and continue on the new version to
 * their end; a version without an activity cases wait in is reported as not movable by a dry run
 * that changes nothing.
 */
class ProcessMigrationIT extends CasebookIntegrationTest {

    private static final String KEY = "mentor-qualification";

    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;

    @Test
    void runningCasesMoveToAChangedModelAndContinueToTheirEnd() throws Exception {
        var original = latestVersion();
        var courseId = scheduleCourse();
        var waitingForAdmission = enrol(courseId);
        var collectingHours = admittedParticipant(courseId);
        var waitingForCertificate = caseWithRequirementsMet(courseId);

        var withWelcomeCall = deploy(model().replace(
                "<bpmn:sequenceFlow id=\"flow_to_profile\" sourceRef=\"user_issue_certificate\" targetRef=\"user_agree_activity_profile\"",
                "<bpmn:manualTask id=\"manual_welcome_call\" name=\"Begrüßungsanruf\"/>"
                        + "<bpmn:sequenceFlow id=\"flow_to_welcome_call\" sourceRef=\"manual_welcome_call\" targetRef=\"user_agree_activity_profile\"/>"
                        + "<bpmn:sequenceFlow id=\"flow_to_profile\" sourceRef=\"user_issue_certificate\" targetRef=\"manual_welcome_call\""));
        assertThat(withWelcomeCall).isEqualTo(original + 1);
        var versions = processOf(as("admin").read("/api/admin/processes")).get("versions");
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(withWelcomeCall);
        assertThat(versions.get(1).get("byActivity").get("user_admit_participant").asLong()).isPositive();

        var events = eventCount();
        var check = as("admin").ok("/api/admin/process-migrations", Map.of("processKey", KEY,
                "fromVersion", original, "toVersion", withWelcomeCall, "dryRun", true));
        assertThat(check.get("dryRun").asBoolean()).isTrue();
        assertThat(check.get("movable").findValuesAsText("caseId"))
                .contains(waitingForAdmission, collectingHours, waitingForCertificate);
        assertThat(check.get("migrated").asInt()).isZero();
        assertThat(eventCount()).as("a dry run changes nothing").isEqualTo(events);
        assertThat(versionOf(waitingForAdmission)).isEqualTo(original);

        assertProblem(staff().post("/api/admin/process-migrations", Map.of("processKey", KEY, "fromVersion", original,
                "toVersion", withWelcomeCall, "dryRun", false)), HttpStatus.FORBIDDEN, null);
        assertProblem(as("admin").post("/api/admin/process-migrations", Map.of("processKey", KEY, "fromVersion", original,
                "toVersion", 999, "dryRun", true)), HttpStatus.UNPROCESSABLE_ENTITY, "process.version-unknown");
        assertProblem(as("admin").post("/api/admin/process-migrations", Map.of("processKey", "no-such-process",
                "fromVersion", 1, "toVersion", 2)), HttpStatus.NOT_FOUND, "process.unknown");

        var moved = as("admin").ok("/api/admin/process-migrations", Map.of("processKey", KEY,
                "fromVersion", original, "toVersion", withWelcomeCall, "dryRun", false));
        assertThat(moved.get("migrated").asInt()).isGreaterThanOrEqualTo(3);
        for (var caseId : List.of(waitingForAdmission, collectingHours, waitingForCertificate)) {
            assertThat(versionOf(caseId)).isEqualTo(withWelcomeCall);
            assertThat(eventTypes(caseId)).endsWith("ProcessMigratedEvent");
        }
        var page = de.casebook.app.PageSession.signIn(http.getRootUri(), "admin");
        assertThat(page(page, "/cases/" + waitingForCertificate))
                .contains("Prozessmodell: mentor-qualification, Version " + withWelcomeCall);
        assertThat(page(page, "/admin/processes")).contains("Prozessversionen", "mentor-qualification", "Prüfen");
        var migration = lastHistoryEntry(waitingForCertificate);
        assertThat(migration.get("actor").asText()).isEqualTo("admin");
        assertThat(migration.get("payload").get("fromVersion").asInt()).isEqualTo(original);
        assertThat(migration.get("payload").get("toVersion").asInt()).isEqualTo(withWelcomeCall);

        completeTask(staff(), waitingForAdmission, "user_admit_participant", Map.of("decision", "admit"));
        for (var caseId : List.of(waitingForAdmission, collectingHours)) {
            signOff(courseId, clock.today().minusDays(5), "12", caseId);
            signOff(courseId, clock.today().minusDays(4), "12", caseId);
            signOff(courseId, clock.today().minusDays(3), "12", caseId);
            signOff(courseId, clock.today().minusDays(2), "4", caseId);
        }
        for (var caseId : List.of(waitingForAdmission, collectingHours, waitingForCertificate)) {
            completeTask(staff(), caseId, "user_issue_certificate", Map.of());
            completeTask(staff(), caseId, "user_agree_activity_profile", Map.of("fields", List.of("schools")));
            assertThat(qualification(caseId).get("status").asText()).isEqualTo("completed");
            var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                    .processDefinitionKey(KEY).singleResult();
            assertThat(instance.getEndTime()).as("the process of %s ended", caseId).isNotNull();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId("manual_welcome_call").count()).as("through the added step").isEqualTo(1);
        }

        var onNewVersion = caseWithRequirementsMet(courseId);
        assertThat(versionOf(onNewVersion)).isEqualTo(withWelcomeCall);
        var withoutCertificateTask = deploy(model().replace("user_issue_certificate\"", "user_issue_certificate_new\""));
        try {
            events = eventCount();
            var refused = as("admin").ok("/api/admin/process-migrations", Map.of("processKey", KEY,
                    "fromVersion", withWelcomeCall, "toVersion", withoutCertificateTask, "dryRun", true));
            var notMovable = new ArrayList<JsonNode>();
            refused.get("notMovable").forEach(notMovable::add);
            var report = notMovable.stream().filter(entry -> entry.get("caseId").asText().equals(onNewVersion))
                    .findFirst().orElseThrow();
            assertThat(report.get("reason").asText())
                    .isEqualTo("„user_issue_certificate“ gibt es in Version " + withoutCertificateTask
                            + " nicht; der Fall bleibt auf seiner Version.");
            assertThat(eventCount()).isEqualTo(events);
            assertThat(versionOf(onNewVersion)).isEqualTo(withWelcomeCall);
        } finally {
            removeVersion(withoutCertificateTask, false);
        }
        // back to the model the application ships, so that later tests run on it
        as("admin").ok("/api/admin/process-migrations", Map.of("processKey", KEY, "fromVersion", withWelcomeCall,
                "toVersion", original, "dryRun", false));
        assertThat(versionOf(onNewVersion)).isEqualTo(original);
        removeVersion(withWelcomeCall, true);
        assertThat(latestVersion()).isEqualTo(original);
    }

    private String page(de.casebook.app.PageSession session, String path) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(http.getRootUri() + path)).header("Cookie", session.cookie()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s", path).isEqualTo(200);
            return response.body();
        } catch (IOException | InterruptedException failed) {
            throw new AssertionError(failed);
        }
    }

    private int deploy(String xml) {
        repository.createDeployment().name("changed " + KEY)
                .addString(KEY + ".bpmn", xml).deploy();
        return latestVersion();
    }

    private void removeVersion(int version, boolean withHistory) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .processDefinitionVersion(version).singleResult();
        repository.deleteDeployment(definition.getDeploymentId(), withHistory);
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult()
                .getVersion();
    }

    private int versionOf(String caseId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(KEY).singleResult();
        return repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    }

    private JsonNode lastHistoryEntry(String caseId) {
        var entries = as("auditor").read("/api/cases/" + caseId + "/history");
        return entries.get(entries.size() - 1);
    }

    private static JsonNode processOf(JsonNode processes) {
        for (var process : processes) {
            if (process.get("processKey").asText().equals(KEY)) {
                return process;
            }
        }
        throw new AssertionError("no " + KEY + " in " + processes);
    }

    private static String model() throws IOException {
        try (var in = ProcessMigrationIT.class.getResourceAsStream("/bpmn/" + KEY + ".bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
