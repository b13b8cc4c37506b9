package de.casebook.app.tasklist;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseSummaryDirectory;
import de.casebook.app.platform.ApiException;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.CasebookUser;
import de.casebook.app.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Open tasks straight from Camunda's runtime tables: the same database and commit as the step that
 * created or completed them, so the list is current on the next page load. A list is one query
 * (Camunda's runtime tables joined with the case index for case numbers and names), paged and
 * counted in the database; Camunda's task service does everything else.
 */
@Component
public class TaskList {

    /** Roles whose tasks name the person (a network's coordinators, a call's jurors), not a group. */
    private static final List<Role> NAMED_ROLES = List.of(Role.COORDINATOR, Role.JURY);

    public record TaskRow(String id, String taskKey, String name, String caseId, String caseNumber, String person,
                          String caseType, Instant created, Instant due, String assignee) {
    }

    /** Which tasks: of a tab, a case type or case, and whose case number or person matches the query. */
    public record Filter(Tab tab, String caseType, String caseId, String query) {
    }

    /**
     * {@code MINE}: assigned to the user; {@code OFFERED}: not yet taken and offered to one of their
     * groups or to them by name; {@code OPEN}: both.
     */
    public enum Tab { MINE, OFFERED, OPEN }

    public record Page(List<TaskRow> items, long total) {
    }

    private final TaskService taskService;
    private final CommandExecutor engineCommand;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final NamedParameterJdbcTemplate jdbc;
    private final CaseSummaryDirectory caseTypes;

    public TaskList(TaskService taskService, ProcessEngineConfigurationImpl engine, RepositoryService repositoryService,
                    HistoryService historyService, NamedParameterJdbcTemplate jdbc, CaseSummaryDirectory caseTypes) {
        this.taskService = taskService;
        this.engineCommand = engine.getCommandExecutorTxRequired();
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.caseTypes = caseTypes;
    }

    public Page find(CasebookUser user, Filter filter, int page, int size) {
        var parameters = new MapSqlParameterSource("user", user.username())
                .addValue("groups", candidateGroups(user).isEmpty() ? List.of("-") : candidateGroups(user))
                .addValue("limit", size).addValue("offset", (long) page * size);
        var condition = condition(filter, parameters);
        var total = jdbc.queryForObject("""
                SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                LEFT JOIN case_index c ON c.case_id = e.business_key_ WHERE\s""" + condition, parameters, Long.class);
        var items = jdbc.query("""
                        SELECT t.id_, t.task_def_key_, t.name_, e.business_key_, c.case_number, c.person,
                            e.proc_def_key_, t.create_time_, t.due_date_, t.assignee_
                        FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        LEFT JOIN case_index c ON c.case_id = e.business_key_
                        WHERE %s ORDER BY t.create_time_, t.id_ LIMIT :limit OFFSET :offset""".formatted(condition),
                parameters, (row, number) -> new TaskRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), caseTypeOfProcess(row.getString(7)),
                        instant(row.getTimestamp(8)), instant(row.getTimestamp(9)), row.getString(10)));
        return new Page(items, total == null ? 0 : total);
    }

    private String condition(Filter filter, MapSqlParameterSource parameters) {
        var where = new ArrayList<String>(List.of("t.suspension_state_ = 1"));
        var offered = "t.assignee_ IS NULL AND EXISTS (SELECT 1 FROM act_ru_identitylink l WHERE l.task_id_ = t.id_"
                + " AND l.type_ = 'candidate' AND (l.group_id_ IN (:groups) OR l.user_id_ = :user))";
        where.add(switch (filter.tab()) {
            case MINE -> "t.assignee_ = :user";
            case OFFERED -> offered;
            case OPEN -> "(t.assignee_ = :user OR " + offered + ")";
        });
        if (filter.caseType() != null) {
            where.add("e.proc_def_key_ IN (:processKeys)");
            parameters.addValue("processKeys", caseTypes.ofCaseType(filter.caseType())
                    .map(CaseSummaries::processKeys)
                    .orElseThrow(() -> ApiException.badRequest("task.unknown-case-type", filter.caseType())));
        }
        if (filter.caseId() != null) {
            where.add("e.business_key_ = :caseId");
            parameters.addValue("caseId", filter.caseId());
        }
        if (filter.query() != null) {
            where.add("(c.person_key LIKE :name ESCAPE '!' OR c.case_number LIKE :number ESCAPE '!'"
                    + " OR e.business_key_ LIKE :caseIdPrefix ESCAPE '!')");
            parameters.addValue("name", "%" + likeEscaped(SearchKeys.of(filter.query())) + "%");
            parameters.addValue("number", likeEscaped(filter.query().strip().toUpperCase(Locale.ROOT)) + "%");
            parameters.addValue("caseIdPrefix", likeEscaped(filter.query().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return String.join(" AND ", where);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Locks the task's row until the transaction ends, so that two people acting on one task take
     * turns: the second then finds the task completed (409) instead of failing half-way through
     * Camunda's own steps.
     */
    public void lock(String taskId) {
        jdbc.query("SELECT id_ FROM act_ru_task WHERE id_ = :id FOR UPDATE", Map.of("id", taskId),
                (row, number) -> row.getString(1));
    }

    /** A task someone may act on, and the role in which they act on it. */
    public record ActionableTask(Task task, Role role) {
    }

    /**
     * The task, if the user may act on it: offered to one of their groups, offered to them by name
     * (a network's coordinators, a call's jurors), or assigned to them. The task is read by primary key
     * into the engine's entity cache, where a completion's later engine calls find it.
     */
    public ActionableTask actionable(CasebookUser user, String taskId) {
        Task task = engineCommand.execute(context -> context.getTaskManager().findTaskById(taskId));
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

    /**
     * The case of a task: its process instance's business key. Read by primary key through the engine's
     * entity cache: within a completion's engine command the process instance is usually loaded already
     * (then no statement at all), and the completion needs it anyway; a process-instance query would
     * join the process definitions and map its rows again on every completion.
     */
    public String caseIdOf(Task task) {
        return engineCommand.execute(context -> context.getExecutionManager()
                .findExecutionById(task.getProcessInstanceId()).getBusinessKey());
    }

    static List<String> candidateGroups(CasebookUser user) {
        return Arrays.stream(Role.values()).filter(user::has)
                .map(role -> role.candidateGroupIn(user.municipality()))
                .toList();
    }

    /** The case type of a task's process; the definition comes from Camunda's deployment cache, not a query. */
    public String caseTypeOf(Task task) {
        return caseTypeOfProcess(repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
    }

    private String caseTypeOfProcess(String processKey) {
        return caseTypes.ofProcessKey(processKey).map(CaseSummaries::caseType).orElse(processKey);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
