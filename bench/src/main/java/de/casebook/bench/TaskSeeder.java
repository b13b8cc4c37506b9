package de.casebook.bench;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Starts the mentor qualification process for enrolments through Camunda's own API (a second engine
 * on the application's database, without job executor), many per transaction: each waits at
 * "Teilnahme zulassen" for the staff of Musterstadt, as an enrolment through the application would.
 */
final class TaskSeeder implements AutoCloseable {

    private static final int STARTS_PER_TRANSACTION = 500;

    private final ProcessEngine engine;

    TaskSeeder(String jdbcUrl, String user, String password) {
        var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(jdbcUrl).setJdbcUsername(user).setJdbcPassword(password)
                .setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY)
                .setProcessEngineName("casebook-bench");
        configuration.setMetricsEnabled(false);
        this.engine = configuration.buildProcessEngine();
    }

    void start(List<String> caseIds) {
        var windowEnds = new Date(System.currentTimeMillis() + 90L * 86_400_000);
        var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        for (int from = 0; from < caseIds.size(); from += STARTS_PER_TRANSACTION) {
            var slice = caseIds.subList(from, Math.min(caseIds.size(), from + STARTS_PER_TRANSACTION));
            executor.execute(context -> {
                for (var caseId : slice) {
                    engine.getRuntimeService().startProcessInstanceByKey("mentor-qualification", caseId,
                            Map.of("municipality", "musterstadt", "windowEndsAt", windowEnds));
                }
                return null;
            });
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
