package de.casebook.app.platform;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks for the queries every step runs. Completing a task asks for its
 * subtasks ({@code ACT_RU_TASK.PARENT_TASK_ID_}), a column without an index: each completion read the
 * whole table of open tasks (0.34 ms per completion with a few thousand open tasks in the benchmark,
 * growing with every open task of a Land). Camunda creates and updates its own tables when the engine
 * is built, after the migrations, so the indexes are added here, once the tables exist.
 */
@Component
class CamundaIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "casebook_idx_task_parent";

    private static final Logger log = LoggerFactory.getLogger(CamundaIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON act_ru_task (parent_task_id_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException notAllowed) {
            // the engine works without it, only slower: a role without the right to index is no reason not to start
            log.warn("Could not add the index {} to Camunda's tasks: {}", TASK_PARENT, notAllowed.getMessage());
        }
    }
}
