package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine inserts its entities through the check that builds no text for a valid id. */
class EntityIdCheckIT extends CasebookIntegrationTest {

    @Autowired
    ProcessEngine processEngine;

    @Test
    void theEngineUsesTheCheapIdCheck() {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getSessionFactories().get(DbEntityManager.class)).isInstanceOf(EntityIdCheck.Factory.class);

        var caseId = admittedParticipant(scheduleCourse());
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("attending");
    }
}
