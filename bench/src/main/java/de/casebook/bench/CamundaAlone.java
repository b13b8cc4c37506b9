package de.casebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * P5's other side: Camunda alone completing a user task that leads to the next one, through its own
 * Java API, on the application's database (same PostgreSQL, same durability, same history level),
 * with nothing around it: no HTTP, no security, no event store, no read models.
 */
final class CamundaAlone implements AutoCloseable {

    private static final String KEY = "bench-camunda-alone";
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
                .setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY)
                .setProcessEngineName("casebook-bench-camunda-alone");
        configuration.setMetricsEnabled(false);
        this.engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name(KEY).enableDuplicateFiltering(true)
                .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("first").camundaCandidateGroups("staff:musterstadt")
                        .userTask("second").camundaCandidateGroups("staff:musterstadt")
                        .endEvent().done())
                .deploy();
    }

    /** {@code clients} threads each complete {@code perClient} tasks of instances started beforehand. */
    Result run(int clients, int perClient) throws Exception {
        var tasks = openTasks(clients * perClient);
        return Result.ofClients(clients, (client, latencies) ->
                complete(tasks.subList(client * perClient, (client + 1) * perClient), latencies));
    }

    private int complete(List<String> taskIds, Latencies latencies) {
        var failures = 0;
        for (var taskId : taskIds) {
            var begin = System.nanoTime();
            try {
                engine.getTaskService().complete(taskId);
                latencies.add(System.nanoTime() - begin);
            } catch (RuntimeException failed) {
                failures++;
            }
        }
        return failures;
    }

    private List<String> openTasks(int count) {
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        var instances = new ArrayList<String>();
        for (int from = 0; from < count; from += STARTS_PER_TRANSACTION) {
            var slice = Math.min(STARTS_PER_TRANSACTION, count - from);
            executor.execute(context -> {
                for (int i = 0; i < slice; i++) {
                    instances.add(engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("municipality",
                            "musterstadt")).getId());
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
