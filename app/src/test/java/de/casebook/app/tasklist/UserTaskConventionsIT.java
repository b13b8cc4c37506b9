package de.casebook.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every user task of every deployed model can be completed through the API and has its form page. */
class UserTaskConventionsIT extends CasebookIntegrationTest {

    @Autowired
    List<TaskCompletion<?>> completions;

    @Test
    void everyUserTaskHasItsCompletionAndItsFormTemplate() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var userTasks = userTaskIds(resolver.getResources("classpath*:bpmn/*.bpmn"));
        assertThat(userTasks).hasSizeGreaterThan(20);
        var completable = completions.stream().map(TaskCompletion::taskKey).collect(Collectors.toSet());

        assertThat(completable).as("a TaskCompletion per user task").containsAll(userTasks);
        assertThat(userTasks).as("no completion for a task that no model has").containsAll(completable);
        assertThat(userTasks).allSatisfy(task -> assertThat(
                resolver.getResource("classpath:templates/tasks/" + task + ".html").exists())
                .as("form template for %s", task).isTrue());
    }

    private static Set<String> userTaskIds(Resource[] models) throws IOException {
        var ids = new java.util.TreeSet<String>();
        for (var model : models) {
            try (var in = model.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)
                        .forEach(task -> ids.add(task.getId()));
            }
        }
        return ids;
    }
}
