package de.casebook.processes.training;

import static de.casebook.processes.training.TrainerQualificationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/trainer-qualification.bpmn")
class TrainerQualificationProcessTest {

    private ProcessInstance proposed() {
        var instance = runtimeService().startProcessInstanceByKey(KEY, "case-1", Map.of(VAR_MUNICIPALITY, "musterstadt"));
        assertThat(instance).isWaitingAt(USER_ADMIT_TRAINER_CANDIDATE);
        assertThat(task()).hasCandidateGroup("coordinator:musterstadt");
        return instance;
    }

    @Test
    void anAdmittedCandidateIsRegisteredOnceTheModulesAreSignedOff() {
        var instance = proposed();
        complete(task(), Map.of(VAR_ADMITTED, true));
        assertThat(instance).isWaitingAt(RECEIVE_TRAINER_REQUIREMENTS_MET);

        runtimeService().createMessageCorrelation(MESSAGE_TRAINER_REQUIREMENTS_MET).processInstanceBusinessKey("case-1")
                .correlateAllWithResult();
        assertThat(instance).isWaitingAt(USER_REGISTER_TRAINER);
        assertThat(task()).hasCandidateGroup("coordinator:musterstadt");
        complete(task());
        assertThat(instance).isEnded().hasPassedInOrder(USER_ADMIT_TRAINER_CANDIDATE, RECEIVE_TRAINER_REQUIREMENTS_MET,
                USER_REGISTER_TRAINER, END_REGISTERED);
    }

    @Test
    void aCandidacyEndsWhenTheCandidateWithdrawsWhileTraining() {
        var instance = proposed();
        complete(task(), Map.of(VAR_ADMITTED, true));
        runtimeService().createMessageCorrelation(MESSAGE_TRAINER_WITHDRAWN).processInstanceBusinessKey("case-1")
                .correlateAllWithResult();
        assertThat(instance).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(USER_REGISTER_TRAINER);
    }

    @Test
    void endsWhenTheCandidateIsDeclined() {
        var instance = proposed();
        complete(task(), Map.of(VAR_ADMITTED, false));
        assertThat(instance).isEnded().hasPassed(END_DECLINED);
    }
}
