package de.casebook.app.versions;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseSummaryDirectory;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.shared.RecordProcessMigrationCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deployed versions of each case process and the migration of running cases between them
 * (Camunda's migration API with activities mapped by equal ids), for the administrator's own
 * municipality. Each moved case gets a {@code ProcessMigratedEvent} in the same transaction.
 */
@Component
public class ProcessVersions {

    static final String MUNICIPALITY = "municipality";
    private static final int PER_TRANSACTION = 100;

    public record Version(int version, String definitionId, Instant deployedAt, long runningCases,
                          Map<String, Long> byActivity) {
    }

    public record Process(String processKey, String caseType, List<Version> versions) {
    }

    public record Request(String processKey, Integer fromVersion, Integer toVersion, Boolean dryRun) {
    }

    public record CaseReport(String caseId, List<String> activities, String reason) {
    }

    public record Report(String processKey, int fromVersion, int toVersion, boolean dryRun,
                         List<String> mappedActivities, List<CaseReport> movable, List<CaseReport> notMovable,
                         int migrated) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final CaseSummaryDirectory summaries;
    private final CaseCommands commands;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    ProcessVersions(RepositoryService repository, RuntimeService runtime, HistoryService history,
                    CaseSummaryDirectory summaries,
                    CaseCommands commands, MessageSource messages, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.summaries = summaries;
        this.commands = commands;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Every case process with its versions, newest first, and where the municipality's cases wait. */
    public List<Process> processes(Actor actor) {
        var processes = new ArrayList<Process>();
        for (var summary : summaries.all().stream().sorted(Comparator.comparing(s -> s.caseType())).toList()) {
            for (var key : summary.processKeys()) {
                var versions = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .orderByProcessDefinitionVersion().desc().list().stream()
                        .map(definition -> version(definition, actor)).toList();
                processes.add(new Process(key, summary.caseType(), versions));
            }
        }
        return processes;
    }

    /** Checks the plan and, unless a dry run, moves every case that can move; reports each case. */
    public Report migrate(Actor actor, Request request, Locale locale) {
        var key = request.processKey();
        var summary = summaries.ofProcessKey(key == null ? "" : key)
                .orElseThrow(() -> ApiException.notFound("process.unknown", String.valueOf(key)));
        if (request.fromVersion() == null || request.toVersion() == null) {
            throw ApiException.badRequest("process.versions-required");
        }
        if (request.fromVersion().equals(request.toVersion())) {
            throw ApiException.unprocessable("process.same-version", request.fromVersion());
        }
        var from = definition(key, request.fromVersion());
        var to = definition(key, request.toVersion());
        var plan = plan(from, to, locale);
        var mapped = plan.getInstructions().stream().map(instruction -> instruction.getSourceActivityId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var movable = new ArrayList<CaseReport>();
        var notMovable = new ArrayList<CaseReport>();
        var movableInstances = new ArrayList<ProcessInstance>();
        for (var instance : running(from, actor)) {
            var activities = activities(runtime.getActivityInstance(instance.getId()));
            var missing = activities.stream().filter(activity -> !mapped.contains(activity)).toList();
            if (missing.isEmpty()) {
                movable.add(new CaseReport(instance.getBusinessKey(), activities, null));
                movableInstances.add(instance);
            } else {
                notMovable.add(new CaseReport(instance.getBusinessKey(), activities, messages.getMessage(
                        "process.activity-not-in-target", new Object[] {String.join(", ", missing), to.getVersion()},
                        locale)));
            }
        }
        var dryRun = !Boolean.FALSE.equals(request.dryRun());
        var migrated = dryRun ? 0 : move(actor, summary.aggregateType(), plan, movableInstances, from, to);
        return new Report(key, from.getVersion(), to.getVersion(), dryRun, List.copyOf(mapped), movable, notMovable,
                migrated);
    }

    private int move(Actor actor, String aggregateType, MigrationPlan plan, List<ProcessInstance> instances,
                     ProcessDefinition from, ProcessDefinition to) {
        var commandName = RecordProcessMigrationCommand.nameFor(aggregateType);
        for (int start = 0; start < instances.size(); start += PER_TRANSACTION) {
            var chunk = instances.subList(start, Math.min(instances.size(), start + PER_TRANSACTION));
            transactions.executeWithoutResult(transaction -> {
                runtime.newMigration(plan).processInstanceIds(chunk.stream().map(ProcessInstance::getId).toList())
                        .execute();
                chunk.forEach(instance -> commands.sendNamed(commandName, new RecordProcessMigrationCommand(
                        instance.getBusinessKey(), from.getKey(), from.getVersion(), to.getVersion()), actor));
            });
        }
        return instances.size();
    }

    private MigrationPlan plan(ProcessDefinition from, ProcessDefinition to, Locale locale) {
        try {
            return runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException invalid) {
            var reasons = invalid.getValidationReport().getInstructionReports().stream()
                    .flatMap(report -> report.getFailures().stream()
                            .map(failure -> report.getMigrationInstruction().getSourceActivityId() + ": " + failure))
                    .collect(Collectors.joining("; "));
            throw ApiException.unprocessable("process.plan-invalid", reasons);
        }
    }

    private ProcessDefinition definition(String key, int version) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw ApiException.unprocessable("process.version-unknown", key, version);
        }
        return definition;
    }

    private List<ProcessInstance> running(ProcessDefinition definition, Actor actor) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId())
                .variableValueEquals(MUNICIPALITY, actor.municipality()).list();
    }

    /** Where the municipality's cases on this version stand: two queries, however many cases there are. */
    private Version version(ProcessDefinition definition, Actor actor) {
        var instances = running(definition, actor);
        var ours = instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        var byActivity = new TreeMap<String, Long>();
        if (!ours.isEmpty()) {
            history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId()).unfinished().list()
                    .stream().filter(activity -> ours.contains(activity.getProcessInstanceId()))
                    .forEach(activity -> byActivity.merge(activity.getActivityId(), 1L, Long::sum));
        }
        var deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        return new Version(definition.getVersion(), definition.getId(),
                deployment == null ? null : deployment.getDeploymentTime().toInstant(), instances.size(), byActivity);
    }

    /** Every activity a case is in, scopes (a sub-process) included, as the migration must map them. */
    private static List<String> activities(ActivityInstance root) {
        var found = new LinkedHashSet<String>();
        collect(root, found, true);
        return List.copyOf(found);
    }

    private static void collect(ActivityInstance instance, Set<String> found, boolean root) {
        if (!root) {
            found.add(instance.getActivityId());
        }
        for (var transition : instance.getChildTransitionInstances()) {
            found.add(transition.getActivityId());
        }
        for (var child : instance.getChildActivityInstances()) {
            collect(child, found, false);
        }
    }
}
