package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import org.junit.jupiter.api.Test;

class OpenApiIT extends CasebookIntegrationTest {

    @Test
    void theApiIsDescribedByOpenApi() {
        var paths = http.withBasicAuth("staff", "staff").getForObject("/v3/api-docs", JsonNode.class).get("paths");
        assertThat(paths.fieldNames()).toIterable().contains(
                "/api/courses", "/api/courses/{courseId}", "/api/courses/{courseId}/enrolments",
                "/api/courses/{courseId}/sessions", "/api/qualifications/{caseId}",
                "/api/qualifications/{caseId}/certificate", "/api/qualifications/{caseId}/withdrawal",
                "/api/qualifications/{caseId}/sign-offs/{sessionId}/revocation", "/api/tasks",
                "/api/tasks/{taskId}/claim", "/api/tasks/{taskId}/unclaim", "/api/tasks/{taskId}/complete",
                "/api/cases/{caseId}/history", "/api/networks", "/api/networks/{networkId}",
                "/api/networks/{networkId}/history");
    }
}
