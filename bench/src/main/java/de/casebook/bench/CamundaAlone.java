package de.casebook.bench;

import de.casebook.processes.mentoring.MentorQualificationProcess;
import de.casebook.processes.shared.StepHistoryLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * P5's other side: Camunda alone completing a user task through its own Java API, on the
 * application's database (same PostgreSQL, same durability, the application's history level
 * {@code steps}), with nothing around it: no HTTP, no security, no event store, no read models.
 */
final class CamundaAlone implements AutoCloseable {

    /**
     * A user task for Camunda to complete: which process, how its instances start, what the
     * completion sets.
     */
    record Task(String label, String processKey, Map<String, Object> startVariables,
                Map<String, Object> completionVariables) {
    }

    /**
     * The task the benchmark's integrated completions complete: the admission of a participant in the
     * application's own model, deployed by the application on this database, started with the
     * variables the application starts it with and completed with the variable its form sets. Past
     * the task Camunda does what it does there: two gateways, the wait for the course hours with its
     * timer and its message subscription.
     */
    static final Task ADMISSION = new Task("the same task: admission of a participant ("
            + MentorQualificationProcess.KEY + ")", MentorQualificationProcess.KEY,
            Map.of(MentorQualificationProcess.VAR_MUNICIPALITY, "musterstadt",
                    MentorQualificationProcess.VAR_WINDOW_ENDS_AT,
                    MentorQualificationProcess.windowEndsAt(LocalDate.now().plusMonths(3))),
            Map.of(MentorQualificationProcess.VAR_ADMITTED, true));

    /** A process of two user tasks, the first completed: the other side of P5 until 2026-12-01. */
    static final Task FIRST_OF_TWO = new Task("a process of two user tasks, the first", "bench-camunda-alone",
            Map.of("municipality", "musterstadt"), Map.of());

    private static final int STARTS_PER_TRANSACTION = 500;

    private final ProcessEngine engine;

    CamundaAlone(String jdbcUrl, String user, String password) {
        var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(jdbcUrl).setJdbcUsername(user).setJdbcPassword(password)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(32)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false)
                .setHistory(StepHistoryLevel.NAME)
                .setProcessEngineName("casebook-bench-camunda-alone");
        configuration.setCustomHistoryLevels(List.of(new StepHistoryLevel()));
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false);
        this.engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name(FIRST_OF_TWO.processKey()).enableDuplicateFiltering(true)
                .addModelInstance(FIRST_OF_TWO.processKey() + ".bpmn", Bpmn.createExecutableProcess(FIRST_OF_TWO.processKey())
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("first").camundaCandidateGroups("staff:musterstadt")
                        .userTask("second").camundaCandidateGroups("staff:musterstadt")
                        .endEvent().done())
                .deploy();
    }

    /** {@code clients} threads each complete {@code perClient} of the open tasks (from {@link #openTasks}). */
    Result complete(Task task, List<String> tasks, int clients, int perClient) throws Exception {
        return Result.ofClients(clients, (client, latencies) ->
                complete(task, tasks.subList(client * perClient, (client + 1) * perClient), latencies));
    }

    private int complete(Task task, List<String> taskIds, Latencies latencies) {
        var failures = 0;
        for (var taskId : taskIds) {
            var begin = System.nanoTime();
            try {
                engine.getTaskService().complete(taskId, task.completionVariables());
                latencies.add(System.nanoTime() - begin);
            } catch (RuntimeException failed) {
                failures++;
            }
        }
        return failures;
    }

    /** Starts {@code count} instances, each up to the task; the ids of the tasks, one per instance. */
    List<String> openTasks(Task task, int count) {
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        var instances = new ArrayList<String>();
        for (int from = 0; from < count; from += STARTS_PER_TRANSACTION) {
            var slice = Math.min(STARTS_PER_TRANSACTION, count - from);
            executor.execute(context -> {
                for (int i = 0; i < slice; i++) {
                    instances.add(engine.getRuntimeService().startProcessInstanceByKey(task.processKey(),
                            "bench-" + UUID.randomUUID(), task.startVariables()).getId());
                }
                return null;
            });
        }
        var tasks = new ArrayList<String>();
        for (var instance : instances) {
            tasks.add(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId());
        }
        return tasks;
    }

    @Override
    public void close() {
        engine.close();
    }
}
