package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiIT extends CasebookIntegrationTest {

    @Test
    void theApiIsDescribedByOpenApi() {
        var description = http.withBasicAuth("staff", "staff").getForObject("/v3/api-docs", JsonNode.class);
        var paths = description.get("paths");
        assertThat(paths.fieldNames()).toIterable().contains(
                "/api/courses", "/api/courses/{courseId}", "/api/courses/{courseId}/enrolments",
                "/api/courses/{courseId}/sessions", "/api/qualifications/{caseId}",
                "/api/qualifications/{caseId}/certificate", "/api/qualifications/{caseId}/withdrawal",
                "/api/qualifications/{caseId}/sign-offs/{sessionId}/revocation", "/api/tasks",
                "/api/tasks/{taskId}/claim", "/api/tasks/{taskId}/unclaim", "/api/tasks/{taskId}/complete",
                "/api/cases/{caseId}/history", "/api/networks", "/api/networks/{networkId}",
                "/api/networks/{networkId}/history", "/public/confirmations/{token}");

        assertThat(description.at("/info/title").asText()).isEqualTo("Casebook API");
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        var apply = paths.at("/~1api~1card-applications/post");
        assertThat(apply.get("tags")).extracting(JsonNode::asText).containsExactly("Volunteer cards");
        assertThat(apply.at("/responses/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(apply.at("/responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "409", "422");
        assertThat(paths.at("/~1public~1confirmations~1{token}/post/security").isEmpty()).as("no sign-in").isTrue();
        assertThat(paths.at("/~1api~1courses~1{courseId}/get/tags/0").asText()).isEqualTo("Mentor qualification");
    }

    @Test
    void everyOperationHasASummaryItsStatusCodesAndSchemas() {
        var description = http.withBasicAuth("staff", "staff").getForObject("/v3/api-docs", JsonNode.class);
        var gaps = new ArrayList<String>();
        var operations = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) description.get("paths")::fields) {
            for (var method : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                operations++;
                var name = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                var operation = method.getValue();
                if (operation.path("summary").asText().isBlank()) {
                    gaps.add(name + ": no summary");
                }
                if (operation.path("tags").isEmpty()) {
                    gaps.add(name + ": no tag");
                }
                var responses = operation.get("responses");
                var successes = new ArrayList<String>();
                responses.fieldNames().forEachRemaining(status -> {
                    if (status.startsWith("2")) {
                        successes.add(status);
                    }
                });
                if (successes.isEmpty()) {
                    gaps.add(name + ": no success status");
                }
                successes.stream().filter(status -> !status.equals("204") && !status.equals("202"))
                        .filter(status -> responses.path(status).path("content").isEmpty())
                        .forEach(status -> gaps.add(name + ": " + status + " without a schema"));
                if (!responses.has("400") && !path.getKey().startsWith("/public")) {
                    gaps.add(name + ": refusals not described");
                }
                var body = operation.at("/requestBody/content");
                body.fields().forEachRemaining(media -> {
                    var schema = media.getValue().path("schema");
                    if (schema.isEmpty() || (schema.path("type").asText().equals("object") && !schema.has("properties")
                            && !schema.has("additionalProperties"))) {
                        gaps.add(name + ": untyped request body " + schema);
                    }
                });
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(gaps).isEmpty();

        var completion = description.at("/paths/~1api~1tasks~1{taskId}~1complete/post/requestBody/content/application~1json/schema");
        assertThat(completion.get("oneOf")).as("one form per task").hasSizeGreaterThan(15);
        assertThat(description.at("/components/schemas/AdmitParticipantForm/properties/decision/pattern").asText())
                .isEqualTo("admit|decline");
        assertThat(description.at("/components/schemas/AdmitParticipantForm/required"))
                .extracting(JsonNode::asText).contains("decision");
    }
}
