package de.casebook.processes.network;

import static de.casebook.processes.network.NetworkProcesses.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/development-grant.bpmn")
class DevelopmentGrantProcessTest {

    private ProcessInstance reviewed() {
        var instance = runtimeService().startProcessInstanceByKey(GRANT, "network-1", Map.of(
                VAR_MUNICIPALITY, "musterstadt", VAR_STATE, "land", VAR_COORDINATORS, "coordinator",
                VAR_GRANT_ID, "k1"));
        assertThat(instance).isWaitingAt(USER_REVIEW_GRANT);
        assertThat(task(instance)).hasCandidateUser("coordinator");
        complete(task(instance));
        assertThat(instance).isWaitingAt(USER_DECIDE_GRANT);
        assertThat(task(instance)).hasCandidateGroup("ministry:land");
        return instance;
    }

    @Test
    void anApprovedGrantIsPaidInTwoInstalmentsAndClosedByItsProofOfUse() {
        var instance = reviewed();
        complete(task(instance), Map.of(VAR_GRANT_DECISION, "approve"));
        assertThat(instance).isWaitingAt(USER_RECORD_PAYMENT);
        complete(task(instance), Map.of(VAR_PAID_IN_FULL, false));
        assertThat(instance).isWaitingAt(USER_RECORD_PAYMENT);
        complete(task(instance), Map.of(VAR_PAID_IN_FULL, true));
        assertThat(instance).isWaitingAt(USER_CHECK_PROOF_OF_USE);
        assertThat(task(instance)).hasCandidateGroup("ministry:land");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassedInOrder(USER_REVIEW_GRANT, USER_DECIDE_GRANT, USER_RECORD_PAYMENT,
                USER_CHECK_PROOF_OF_USE, END_CLOSED);
    }

    @Test
    void aDeclinedGrantEnds() {
        var instance = reviewed();
        complete(task(instance), Map.of(VAR_GRANT_DECISION, "decline"));
        assertThat(instance).isEnded().hasPassed(END_DECLINED);
    }

    @Test
    void aGrantWaitingForBudgetComesBackToTheMinistryOnItsFollowUpDate() {
        var instance = reviewed();
        var followUp = after(LocalDate.now().plusDays(30));
        complete(task(instance), Map.of(VAR_GRANT_DECISION, "wait-for-budget", VAR_FOLLOW_UP_AT, followUp));
        assertThat(instance).isWaitingAt(TIMER_BUDGET_FOLLOW_UP);
        assertThat(job(instance)).hasDueDate(followUp);
        execute(job(instance));
        assertThat(instance).isWaitingAt(USER_DECIDE_GRANT);
        complete(task(instance), Map.of(VAR_GRANT_DECISION, "approve"));
        assertThat(instance).isWaitingAt(USER_RECORD_PAYMENT);
    }
}
