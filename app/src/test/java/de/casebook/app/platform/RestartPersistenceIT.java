package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps its data directory: cases and their processes survive a restart. */
class RestartPersistenceIT {

    @TempDir
    Path dataDirectory;

    @Test
    void casesAndOpenTasksSurviveARestart() {
        String courseId;
        String caseId;
        try (var first = start()) {
            var api = api(first);
            courseId = api.postForObject("/api/courses", Map.of("title", "Kurs vor dem Neustart",
                    "educationProvider", "VHS", "trainers", List.of("trainer"),
                    "startDate", LocalDate.now().toString()), JsonNode.class).get("id").asText();
            caseId = api.postForObject("/api/courses/" + courseId + "/enrolments",
                    Map.of("name", "Anna", "email", "anna@example.org"), JsonNode.class).get("caseId").asText();
        }
        assertThat(Files.exists(dataDirectory.resolve("postgres/PG_VERSION"))).isTrue();

        try (var second = start()) {
            var api = api(second);
            assertThat(api.getForObject("/api/courses/" + courseId, JsonNode.class).get("title").asText())
                    .isEqualTo("Kurs vor dem Neustart");
            assertThat(api.getForObject("/api/qualifications/" + caseId, JsonNode.class).get("status").asText())
                    .isEqualTo("registered");
            var tasks = api.getForObject("/api/tasks?caseId=" + caseId, JsonNode.class);
            assertThat(tasks).hasSize(1);
            assertThat(tasks.get(0).get("taskKey").asText()).isEqualTo("user_admit_participant");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CasebookApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=demo",
                "--camunda.bpm.job-execution.enabled=false",
                "--casebook.data-dir=" + dataDirectory.resolve("postgres"));
    }

    private static TestRestTemplate api(ConfigurableApplicationContext context) {
        var port = context.getEnvironment().getProperty("local.server.port");
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port))
                .withBasicAuth("staff", "staff");
    }
}
