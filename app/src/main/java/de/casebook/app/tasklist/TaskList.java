package de.casebook.app.tasklist;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseSummaryDirectory;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CasebookUser;
import de.casebook.app.security.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Open tasks straight from Camunda's runtime tables: the same database and commit as the step that
 * created or completed them, so the list is current on the next page load.
 */
@Component
public class TaskList {

    /** Roles whose tasks name the person (a network's coordinators, a call's jurors), not a group. */
    private static final List<Role> NAMED_ROLES = List.of(Role.COORDINATOR, Role.JURY);

    public record TaskRow(String id, String taskKey, String name, String caseId, String caseType, Instant created,
                          Instant due, String assignee) {
    }

    public record Filter(String caseType, String caseId, boolean onlyMine) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final JdbcClient jdbc;
    private final CaseSummaryDirectory caseTypes;

    public TaskList(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                    HistoryService historyService, JdbcClient jdbc, CaseSummaryDirectory caseTypes) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.caseTypes = caseTypes;
    }

    public List<TaskRow> openFor(CasebookUser user, Filter filter) {
        var query = taskService.createTaskQuery().active();
        if (filter.onlyMine()) {
            query.taskAssignee(user.username());
        } else {
            query.or().taskCandidateGroupIn(candidateGroups(user)).taskCandidateUser(user.username())
                    .taskAssignee(user.username()).endOr();
        }
        if (filter.caseType() != null) {
            query.processDefinitionKeyIn(caseTypes.ofCaseType(filter.caseType()).map(CaseSummaries::processKeys)
                    .orElseThrow(() -> ApiException.badRequest("task.unknown-case-type", filter.caseType()))
                    .toArray(String[]::new));
        }
        if (filter.caseId() != null) {
            query.processInstanceBusinessKey(filter.caseId());
        }
        var tasks = query.orderByTaskCreateTime().asc().listPage(0, 1000);
        return rows(tasks);
    }

    /**
     * Locks the task's row until the transaction ends, so that two people acting on one task take
     * turns: the second then finds the task completed (409) instead of failing half-way through
     * Camunda's own steps.
     */
    public void lock(String taskId) {
        jdbc.sql("SELECT id_ FROM act_ru_task WHERE id_ = ? FOR UPDATE").param(taskId).query(String.class).optional();
    }

    /** A task someone may act on, and the role in which they act on it. */
    public record ActionableTask(Task task, Role role) {
    }

    /**
     * The task, if the user may act on it: offered to one of their groups, offered to them by name
     * (a network's coordinators, a call's jurors), or assigned to them.
     */
    public ActionableTask actionable(CasebookUser user, String taskId) {
        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            var completedBefore = historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            throw completedBefore
                    ? ApiException.conflict("task.already-done", taskId)
                    : ApiException.notFound("task.not-found", taskId);
        }
        var links = identityLinksOf(taskId);
        var groups = links.stream().map(IdentityLink::getGroupId).toList();
        var offeredAs = Arrays.stream(Role.values())
                .filter(role -> user.has(role) && groups.contains(role.candidateGroupIn(user.municipality())))
                .findFirst();
        if (offeredAs.isEmpty() && links.stream().anyMatch(link -> user.username().equals(link.getUserId()))) {
            offeredAs = NAMED_ROLES.stream().filter(user::has).findFirst();
        }
        if (offeredAs.isEmpty() && !user.username().equals(task.getAssignee())) {
            throw new AccessDeniedException("task.not-yours");
        }
        return new ActionableTask(task, offeredAs.orElseGet(() -> user.roles().iterator().next()));
    }

    /** The task may be completed by someone else between our query and this one: that is a lost race. */
    private List<IdentityLink> identityLinksOf(String taskId) {
        try {
            return taskService.getIdentityLinksForTask(taskId);
        } catch (NullValueException taskGone) {
            throw ApiException.conflict("task.already-done", taskId);
        }
    }

    /** The variables a task's form may need to name its subject, e.g. which grant of a network. */
    public Map<String, Object> variablesOf(Task task) {
        return taskService.getVariables(task.getId());
    }

    public String caseIdOf(Task task) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
    }

    static List<String> candidateGroups(CasebookUser user) {
        return Arrays.stream(Role.values()).filter(user::has)
                .map(role -> role.candidateGroupIn(user.municipality()))
                .toList();
    }

    private List<TaskRow> rows(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        var instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return tasks.stream().map(task -> new TaskRow(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                businessKeys.get(task.getProcessInstanceId()), caseTypeOf(task),
                instant(task.getCreateTime()), instant(task.getDueDate()), task.getAssignee())).toList();
    }

    /** The case type of a task's process; the definition comes from Camunda's deployment cache, not a query. */
    public String caseTypeOf(Task task) {
        var processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return caseTypes.ofProcessKey(processKey).map(CaseSummaries::caseType).orElse(processKey);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
