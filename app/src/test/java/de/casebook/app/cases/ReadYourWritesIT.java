package de.casebook.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A request that changed a case returns once the read models show the change: the same person's
 * next list, search and count already have it, without waiting or retrying.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadYourWritesIT extends CasebookIntegrationTest {

    @Test
    void theNextListSearchAndCountShowWhatTheLastRequestChanged(CapturedOutput log) {
        var courseId = scheduleCourse(clock.today().minusDays(20), Map.of("maxParticipants", 30));
        var token = Long.toString(System.nanoTime(), 36);
        for (int round = 0; round < 25; round++) {
            var name = "Runde " + round + " Ärztin " + token;
            var caseId = staff().ok("/api/courses/" + courseId + "/enrolments",
                    Map.of("name", name, "email", "runde" + round + "@example.org")).get("caseId").asText();

            var found = staff().read("/api/cases?q=" + name);
            assertThat(found.get("total").asLong()).as("round %d: search", round).isEqualTo(1);
            assertThat(found.get("items").get(0).get("status").asText()).isEqualTo("registered");
            var tasks = staff().read("/api/tasks?q=" + name);
            assertThat(tasks).as("round %d: task list by name", round).hasSize(1);
            assertThat(tasks.get(0).get("person").asText()).isEqualTo(name);

            staff().ok("/api/tasks/" + tasks.get(0).get("id").asText() + "/complete", Map.of("decision", "admit"));
            assertThat(staff().read("/api/cases?q=" + name).get("items").get(0).get("status").asText())
                    .as("round %d: status after the step", round).isEqualTo("attending");
            assertThat(staff().read("/api/tasks?q=" + name)).as("round %d: task done", round).isEmpty();
            assertThat(trainer().read("/api/cases?type=qualification&q=" + token).get("total").asLong())
                    .as("round %d: the trainer's count", round).isEqualTo(round + 1);
            assertThat(caseId).isNotBlank();
        }
        assertThat(staff().read("/api/cases?q=Ärztin " + token).get("total").asLong()).isEqualTo(25);
        // each request found its event in the stream and saw the projections pass it, none gave up waiting
        assertThat(log.getOut()).doesNotContain("read models did not reach event");
    }
}
