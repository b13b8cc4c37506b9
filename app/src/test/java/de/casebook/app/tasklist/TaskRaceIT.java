package de.casebook.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.Api;
import de.casebook.app.CasebookIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two clerks complete the same task at the same moment: one wins, the other is told, nothing doubles. */
class TaskRaceIT extends CasebookIntegrationTest {

    private final ExecutorService clerks = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopClerks() {
        clerks.shutdownNow();
    }

    @Test
    void theSameTaskCompletedTwiceAtOnceSucceedsOnceAndConflictsOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            var caseId = enrol(scheduleCourse());
            var taskId = openTask(staff(), caseId, "user_admit_participant").get("id").asText();
            var barrier = new CyclicBarrier(2);

            var first = completeAtOnce(as("staff"), taskId, barrier);
            var second = completeAtOnce(as("staff2"), taskId, barrier);

            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(204, 409);
            assertThat(eventTypes(caseId)).containsOnlyOnce("ParticipantAdmittedEvent");
            assertThat(qualification(caseId).get("status").asText()).isEqualTo("attending");
        }
    }

    private CompletableFuture<Integer> completeAtOnce(Api clerk, String taskId, CyclicBarrier barrier) {
        clerk.read("/api/tasks");
        return CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return clerk.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "admit")).getStatusCode().value();
        }, clerks);
    }
}
