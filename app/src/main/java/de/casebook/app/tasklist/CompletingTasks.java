package de.casebook.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.CasebookUser;
import de.casebook.app.security.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims, unclaims and completes user tasks. Completing one sends the task's domain command and
 * completes the Camunda task in one transaction: both happen, or neither.
 */
@Service
public class CompletingTasks {

    private final TaskList taskList;
    private final TaskService taskService;
    private final Map<String, TaskCompletion<?>> completions;
    private final ObjectMapper json;
    private final Validator validator;

    public CompletingTasks(TaskList taskList, TaskService taskService, List<TaskCompletion<?>> completions,
                           ObjectMapper json, Validator validator) {
        this.taskList = taskList;
        this.taskService = taskService;
        this.completions = completions.stream()
                .collect(Collectors.toUnmodifiableMap(TaskCompletion::taskKey, Function.identity()));
        this.json = json;
        this.validator = validator;
    }

    @Transactional
    public void claim(CasebookUser user, String taskId) {
        var task = taskList.actionable(user, taskId);
        if (task.getAssignee() == null) {
            taskService.claim(taskId, user.username());
        } else if (!task.getAssignee().equals(user.username())) {
            throw ApiException.conflict("task.claimed-by-other");
        }
    }

    @Transactional
    public void unclaim(CasebookUser user, String taskId) {
        var task = taskList.actionable(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw ApiException.conflict("task.claimed-by-other");
        }
        taskService.setAssignee(taskId, null);
    }

    @Transactional
    public void complete(CasebookUser user, String taskId, JsonNode form) {
        var task = taskList.actionable(user, taskId);
        var completion = completions.get(task.getTaskDefinitionKey());
        if (completion == null) {
            throw ApiException.conflict("task.not-completable", task.getTaskDefinitionKey());
        }
        claim(user, taskId);
        var context = new TaskContext(taskId, taskList.caseIdOf(task), new Actor(user.username(),
                roleFor(user, task), user.municipality()));
        var variables = completeWith(completion, context, form);
        taskService.complete(taskId, variables);
    }

    private <B> Map<String, Object> completeWith(TaskCompletion<B> completion, TaskContext context, JsonNode form) {
        return completion.complete(context, read(form, completion.formType()));
    }

    private <B> B read(JsonNode form, Class<B> type) {
        B value;
        try {
            value = json.treeToValue(form == null || form.isNull() ? json.createObjectNode() : form, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ApiException.badRequest("request.unreadable");
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw ApiException.badRequest("request.invalid-fields", violations.stream()
                    .map(ConstraintViolation::getPropertyPath).map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return value;
    }

    private Role roleFor(CasebookUser user, Task task) {
        var groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).toList();
        return Arrays.stream(Role.values())
                .filter(role -> user.has(role) && groups.contains(role.candidateGroupIn(user.municipality())))
                .findFirst()
                .orElseGet(() -> user.roles().iterator().next());
    }
}
