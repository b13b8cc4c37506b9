package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
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
}
