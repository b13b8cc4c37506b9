package de.casebook.app.platform;

import de.casebook.processes.shared.StepHistoryLevel;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/** Offers the engine the history level {@code steps} ({@link StepHistoryLevel}) that application.yml chooses. */
@Component
class StepHistoryLevelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<HistoryLevel>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new StepHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }
}
