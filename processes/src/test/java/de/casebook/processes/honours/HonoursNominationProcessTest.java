package de.casebook.processes.honours;

import static de.casebook.processes.honours.HonoursProcess.*;
import static de.casebook.processes.shared.ProcessTime.advanceTo;
import static de.casebook.processes.shared.ProcessTime.runDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import de.casebook.processes.shared.ProcessCommands;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/honours-nomination.bpmn")
class HonoursNominationProcessTest {

    static final ZonedDateTime SUBMITTED = ZonedDateTime.of(2026, 7, 1, 10, 0, 0, 0, ZoneId.systemDefault());

    private final HonoursPorts ports = mock(HonoursPorts.class);
    private final ProcessCommands commands = mock(ProcessCommands.class);

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(SUBMITTED.toInstant()));
        var delegates = new HonoursDelegates();
        Mocks.register("honoursSchedule", new HonoursSchedule());
        Mocks.register("requestStatement", delegates.requestStatement(ports));
        Mocks.register("remindNominator", delegates.remindNominator(ports));
        Mocks.register("statementMissed", delegates.statementMissed(commands));
        Mocks.register("closeReferences", delegates.closeReferences(commands));
        Mocks.register("recommend", delegates.recommend(commands));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance submitted(String kind, int references, String jury) {
        return runtimeService().startProcessInstanceByKey(KEY, "nomination-1", Map.of(VAR_MUNICIPALITY, "musterstadt",
                VAR_AWARD_KIND, kind, VAR_REFERENCE_COUNT, references, VAR_STATEMENT_DEADLINE, "P21D",
                VAR_JURY, jury, VAR_QUORUM, 2));
    }

    private void statement(int index) {
        runtimeService().createMessageCorrelation(MESSAGE_STATEMENT_SUBMITTED).processInstanceBusinessKey("nomination-1")
                .localVariableEquals(VAR_ANSWERING_REFERENCE, index).correlateAllWithResult();
        runDueJobs();
    }

    private void passFormalCheck(ProcessInstance instance) {
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_FORMAL_CHECK);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("staff:musterstadt");
        complete(task(instance), Map.of(VAR_FORMAL_DECISION, "pass"));
    }

    private void awardedAndHandedOver(ProcessInstance instance) {
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_SCHEDULE_CEREMONY);
        complete(task(instance), Map.of(VAR_CEREMONY_AT, ceremonyAt(LocalDate.of(2026, 12, 5))));
        BpmnAwareTests.assertThat(instance).isWaitingAt(TIMER_CEREMONY);
        advanceTo(ZonedDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneId.systemDefault()));
        complete(task(instance));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_CLOSED);
    }

    @Test
    void aPrizeIsScoredByEachJurorOfItsCallAndThenDecidedByTheMayor() {
        var instance = submitted("city-prize", 2, "jury1,jury2,jury3");
        passFormalCheck(instance);
        verify(ports).requestStatement("nomination-1", 0);
        verify(ports).requestStatement("nomination-1", 1);
        statement(1);
        advanceTo(SUBMITTED.plusDays(21).plusMinutes(1));
        verify(commands, times(2)).sendAsSystem(any(), any(), any());
        assertThat(taskQuery().taskDefinitionKey(USER_SCORE).list()).hasSize(3);
        BpmnAwareTests.assertThat(taskQuery().taskCandidateUser("jury2").singleResult()).isNotNull();
        taskQuery().taskDefinitionKey(USER_SCORE).list().forEach(BpmnAwareTests::complete);
        verify(commands, times(3)).sendAsSystem(any(), any(), any());
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_DECIDE);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("mayor:musterstadt");
        complete(task(instance), Map.of(VAR_AWARDED, true));
        awardedAndHandedOver(instance);
    }

    @Test
    void aThankYouLetterGoesStraightToTheMayorWhoMayDecline() {
        var instance = submitted("thank-you-letter", 0, "");
        passFormalCheck(instance);
        runDueJobs();
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_DECIDE);
        complete(task(instance), Map.of(VAR_AWARDED, false));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_DECLINED);
    }

    @Test
    void informationIsRequestedRemindedSuppliedAndCheckedAgain() {
        var instance = submitted("pin", 1, "");
        complete(task(instance), Map.of(VAR_FORMAL_DECISION, "request-information"));
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECEIVE_INFORMATION);
        advanceTo(SUBMITTED.plusDays(14).plusMinutes(1));
        verify(ports).remindNominator("nomination-1");
        runtimeService().correlateMessage(MESSAGE_INFORMATION_SUPPLIED, "nomination-1");
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_FORMAL_CHECK);
        complete(task(instance), Map.of(VAR_FORMAL_DECISION, "reject"));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REJECTED);
    }

    @Test
    void aFederalHonourIsForwardedFollowedUpEverySixMonthsAndDecidedOutside() {
        var instance = submitted("federal-honour", 1, "");
        passFormalCheck(instance);
        statement(0);
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_FORWARD);
        complete(task(instance));
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECEIVE_EXTERNAL_DECISION);
        advanceTo(SUBMITTED.plusMonths(6).plusDays(1));
        assertThat(taskQuery().taskDefinitionKey(USER_FOLLOW_UP_EXTERNAL).count()).isEqualTo(1);
        complete(taskQuery().taskDefinitionKey(USER_FOLLOW_UP_EXTERNAL).singleResult());
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECEIVE_EXTERNAL_DECISION);
        advanceTo(SUBMITTED.plusMonths(12).plusDays(2));
        assertThat(taskQuery().taskDefinitionKey(USER_FOLLOW_UP_EXTERNAL).count()).as("the next follow-up").isEqualTo(1);
        runtimeService().createMessageCorrelation(MESSAGE_EXTERNAL_DECISION).processInstanceBusinessKey("nomination-1")
                .setVariable(VAR_AWARDED, true).correlateAllWithResult();
        assertThat(taskQuery().taskDefinitionKey(USER_FOLLOW_UP_EXTERNAL).count()).isZero();
        awardedAndHandedOver(instance);
    }
}
