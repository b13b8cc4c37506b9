package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.processes.shared.StepHistoryLevel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda records a case's steps, not the gateways between them. */
class StepHistoryLevelPluginIT extends CasebookIntegrationTest {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    HistoryService historyService;

    @Test
    void theDiagramsHistoryHoldsTheStepsAndNoGateway() {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryLevel().getName()).isEqualTo(StepHistoryLevel.NAME);
        assertThat(configuration.getHistoryLevel().getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId());

        var caseId = admittedParticipant(scheduleCourse());
        var process = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        var activities = historyService.createHistoricActivityInstanceQuery().processInstanceId(process.getId()).list();

        assertThat(activities).extracting(HistoricActivityInstance::getActivityId)
                .contains("start_enrolled", "user_admit_participant", "receive_requirements_met")
                .doesNotContain("gw_admitted", "gw_attending");
        assertThat(activities).filteredOn(activity -> activity.getActivityId().equals("user_admit_participant"))
                .singleElement().satisfies(admission -> {
                    assertThat(admission.getEndTime()).isNotNull();
                    assertThat(admission.getTaskId()).isNotNull();
                });
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(process.getId()).finished().count())
                .as("a completed task is still known as done").isOne();
    }
}
