package de.casebook.processes.mentoring;

import static de.casebook.processes.mentoring.MentorQualificationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
@Deployment(resources = "bpmn/mentor-qualification.bpmn")
class MentorQualificationProcessTest {

    private final JavaDelegate recordWindowEnded = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("recordQualificationWindowEnded", recordWindowEnded);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    private ProcessInstance startEnrolment() {
        return runtimeService().startProcessInstanceByKey(KEY, "case-1", Map.of(
                VAR_MUNICIPALITY, "musterstadt",
                VAR_WINDOW_ENDS_AT, windowEndsAt(LocalDate.now().plusMonths(3))));
    }

    private ProcessInstance admitted() {
        var instance = startEnrolment();
        assertThat(instance).isWaitingAt(USER_ADMIT_PARTICIPANT);
        assertThat(task()).hasCandidateGroup("staff:musterstadt");
        complete(task(), Map.of(VAR_ADMITTED, true));
        assertThat(instance).isWaitingAt(RECEIVE_REQUIREMENTS_MET);
        return instance;
    }

    private void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey("case-1").correlateAllWithResult();
    }

    @Test
    void certifiesAParticipantWhoMeetsTheRequirements() {
        var instance = admitted();
        correlate(MESSAGE_REQUIREMENTS_MET);
        assertThat(instance).isWaitingAt(USER_ISSUE_CERTIFICATE);
        complete(task());
        assertThat(instance).isWaitingAt(USER_AGREE_ACTIVITY_PROFILE);
        complete(task());
        assertThat(instance).isEnded().hasPassedInOrder(USER_ADMIT_PARTICIPANT, RECEIVE_REQUIREMENTS_MET,
                USER_ISSUE_CERTIFICATE, USER_AGREE_ACTIVITY_PROFILE, END_COMPLETED);
    }

    @Test
    void endsWhenTheParticipantIsDeclined() {
        var instance = startEnrolment();
        assertThat(instance).isWaitingAt(USER_ADMIT_PARTICIPANT);
        complete(task(), Map.of(VAR_ADMITTED, false));
        assertThat(instance).isEnded().hasPassed(END_DECLINED);
    }

    @Test
    void anIncompleteCaseCanBeExtendedAndThenCertified() throws Exception {
        var instance = admitted();
        execute(job(TIMER_WINDOW_ENDS));
        verify(recordWindowEnded).execute(any(DelegateExecution.class));
        assertThat(instance).isWaitingAt(USER_DECIDE_INCOMPLETE);

        complete(task(), Map.of(VAR_EXTEND, true, VAR_WINDOW_ENDS_AT, windowEndsAt(LocalDate.now().plusMonths(5))));
        assertThat(instance).isWaitingAt(RECEIVE_REQUIREMENTS_MET);
        correlate(MESSAGE_REQUIREMENTS_MET);
        complete(task());
        complete(task());
        assertThat(instance).isEnded().hasPassedInOrder(SERVICE_RECORD_WINDOW_ENDED, USER_DECIDE_INCOMPLETE,
                RECEIVE_REQUIREMENTS_MET, USER_ISSUE_CERTIFICATE, END_COMPLETED);
    }

    @Test
    void anIncompleteCaseCanBeClosed() {
        var instance = admitted();
        execute(job(TIMER_WINDOW_ENDS));
        complete(task(), Map.of(VAR_EXTEND, false));
        assertThat(instance).isEnded().hasPassed(END_CLOSED).hasNotPassed(USER_ISSUE_CERTIFICATE);
    }

    @Test
    void hoursMetLateWhileStaffDecideLeadToTheCertificate() {
        var instance = admitted();
        execute(job(TIMER_WINDOW_ENDS));
        assertThat(instance).isWaitingAt(USER_DECIDE_INCOMPLETE);
        correlate(MESSAGE_REQUIREMENTS_MET);
        assertThat(instance).isWaitingAt(USER_ISSUE_CERTIFICATE);
    }

    @Test
    void aRevocationBeforeTheCertificateSendsTheCaseBackToCollectingHours() {
        var instance = admitted();
        correlate(MESSAGE_REQUIREMENTS_MET);
        correlate(MESSAGE_REQUIREMENTS_LOST);
        assertThat(instance).isWaitingAt(RECEIVE_REQUIREMENTS_MET);
        assertThat(job(TIMER_WINDOW_ENDS)).isNotNull();
    }

    @Test
    void aWithdrawalEndsTheProcessWhereverItWaits() {
        var instance = admitted();
        correlate(MESSAGE_PARTICIPANT_WITHDRAWN);
        assertThat(instance).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(USER_ISSUE_CERTIFICATE);
    }

    @Test
    void aWithdrawalBeforeAdmissionEndsTheProcessToo() {
        var instance = startEnrolment();
        assertThat(instance).isWaitingAt(USER_ADMIT_PARTICIPANT);
        correlate(MESSAGE_PARTICIPANT_WITHDRAWN);
        assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
    }
}
