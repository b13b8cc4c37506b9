package de.casebook.processes.network;

import static de.casebook.processes.network.NetworkProcesses.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/network-membership.bpmn")
class NetworkMembershipProcessTest {

    private final JavaDelegate endMembershipTerm = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("endMembershipTerm", endMembershipTerm);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    private ProcessInstance applied(String member) {
        var instance = runtimeService().startProcessInstanceByKey(MEMBERSHIP, "network-1", Map.of(
                VAR_MUNICIPALITY, "musterstadt", VAR_COORDINATORS, "coordinator", VAR_APPLICATION_ID, "a-" + member,
                VAR_MEMBER, member));
        assertThat(instance).isWaitingAt(USER_DECIDE_MEMBERSHIP);
        assertThat(task(instance)).hasCandidateUser("coordinator");
        return instance;
    }

    private static Map<String, Object> admitted(LocalDate memberUntil) {
        var variables = new HashMap<String, Object>();
        variables.put(VAR_ADMITTED, true);
        variables.put(VAR_MEMBER_UNTIL, after(memberUntil));
        return variables;
    }

    private void correlate(String message, String member, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey("network-1")
                .processInstanceVariableEquals(VAR_MEMBER, member).setVariables(variables).correlateAllWithResult();
    }

    @Test
    void aDeclinedApplicationEnds() {
        var instance = applied("musterstadt");
        complete(task(instance), Map.of(VAR_ADMITTED, false));
        assertThat(instance).isEnded().hasPassed(END_DECLINED);
    }

    @Test
    void aMembershipWithoutTermNeedsNoFurtherProcess() {
        var instance = applied("musterstadt");
        complete(task(instance), admitted(null));
        assertThat(instance).isEnded().hasPassed(END_ADMITTED);
    }

    @Test
    void aMembershipWithATermExpiresUnlessRenewed() throws Exception {
        var instance = applied("musterstadt");
        complete(task(instance), admitted(LocalDate.now().plusYears(3)));
        assertThat(instance).isWaitingAt("gw_term_events");
        correlate(MESSAGE_MEMBERSHIP_RENEWED, "musterstadt", Map.of(VAR_MEMBER_UNTIL, after(LocalDate.now().plusYears(6))));
        assertThat(instance).isWaitingAt("gw_term_events");
        assertThat(job(instance)).hasDueDate(after(LocalDate.now().plusYears(6)));
        execute(job(instance));
        verify(endMembershipTerm).execute(any());
        assertThat(instance).isEnded().hasPassed(TIMER_TERM_ENDS, END_EXPIRED);
    }

    @Test
    void leavingEndsOnlyThatMembersProcess() throws Exception {
        var musterstadt = applied("musterstadt");
        complete(task(musterstadt), admitted(LocalDate.now().plusYears(3)));
        var beispielheim = applied("beispielheim");
        complete(task(beispielheim), admitted(LocalDate.now().plusYears(3)));
        correlate(MESSAGE_MEMBER_LEFT, "musterstadt", Map.of());
        assertThat(musterstadt).isEnded().hasPassed(END_LEFT);
        assertThat(beispielheim).isWaitingAt("gw_term_events");
        verify(endMembershipTerm, never()).execute(any());
    }
}
