package de.casebook.processes.card;

import static de.casebook.processes.card.CardApplicationProcess.*;
import static de.casebook.processes.shared.ProcessTime.advanceTo;
import static de.casebook.processes.shared.ProcessTime.runDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.casebook.domain.card.api.ConfirmationPurpose;
import de.casebook.domain.card.api.EligibilityFacts;
import de.casebook.domain.card.api.RecordEligibilityCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.processes.shared.ProcessCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import org.mockito.ArgumentCaptor;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/card-application.bpmn", "bpmn/card-eligibility.dmn"})
class CardApplicationProcessTest {

    static final ZonedDateTime SUBMITTED = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, java.time.ZoneId.systemDefault());
    static final EligibilityFacts ELIGIBLE = new EligibilityFacts("nrw", 30, new BigDecimal("5"), 0, 3, 2, true, true,
            "", 1);

    private final CardApplicationPorts ports = mock(CardApplicationPorts.class);
    private final ProcessCommands commands = mock(ProcessCommands.class);
    private final JavaDelegate remindCardExpiry = mock(JavaDelegate.class);
    private final JavaDelegate expireCard = mock(JavaDelegate.class);

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(SUBMITTED.toInstant()));
        var delegates = new ConfirmationDelegates();
        Mocks.register("cardSchedule", new CardSchedule());
        Mocks.register("requestConfirmation", delegates.requestConfirmation(ports));
        Mocks.register("remindConfirmation", delegates.remindConfirmation(ports));
        Mocks.register("cardEligibility", new CardEligibility(ports, commands));
        Mocks.register("remindCardExpiry", remindCardExpiry);
        Mocks.register("expireCard", expireCard);
        when(ports.eligibilityFacts("case-1")).thenReturn(ELIGIBLE);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance submitted(int organisations) {
        var instance = runtimeService().startProcessInstanceByKey(KEY, "case-1", Map.of(VAR_MUNICIPALITY, "musterstadt",
                VAR_ORGANISATION_COUNT, organisations, VAR_REMINDER_AFTER, "P14D", VAR_CHASE_AFTER, "P28D"));
        runDueJobs();
        return instance;
    }
    private void answer(int index) {
        runtimeService().createMessageCorrelation(MESSAGE_ORGANISATION_ANSWERED).processInstanceBusinessKey("case-1")
                .localVariableEquals(VAR_ANSWERING_ORGANISATION, index).correlateAllWithResult();
        runDueJobs();
    }

    private RecordEligibilityCommand recordedEligibility() {
        var command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAsSystem(command.capture(), any(), eq(VAR_MUNICIPALITY));
        return (RecordEligibilityCommand) command.getValue();
    }

    private static Map<String, Object> approved(LocalDate lastValidDay) {
        var variables = new HashMap<String, Object>();
        variables.put(VAR_APPROVED, true);
        variables.put(VAR_EXPIRES_AT, expiresAt(lastValidDay));
        variables.put(VAR_EXPIRY_REMINDER_AT, expiryReminderAt(lastValidDay, 90));
        return variables;
    }

    @Test
    void eachOrganisationGetsALinkAndTheRulesRunWhenAllAnswered() {
        var instance = submitted(2);
        verify(ports).sendConfirmationLink("case-1", 0, ConfirmationPurpose.REQUEST);
        verify(ports).sendConfirmationLink("case-1", 1, ConfirmationPurpose.REQUEST);
        answer(1);
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECEIVE_ANSWER);
        answer(0);
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_REVIEW_APPLICATION);
        assertThat(recordedEligibility()).isEqualTo(new RecordEligibilityCommand("case-1", true, List.of()));
        assertThat(runtimeService().getVariables(instance.getId())).as("no facts stored in the process")
                .doesNotContainKeys("age", "hoursPerWeek", "decisionResult");
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("staff:musterstadt");
    }

    @Test
    void theRulesGiveTheirReasons() {
        when(ports.eligibilityFacts("case-1")).thenReturn(new EligibilityFacts("rlp", 13, new BigDecimal("4.9"), 249,
                1, 1, true, true, "", 1));
        submitted(1);
        answer(0);
        assertThat(recordedEligibility()).isEqualTo(new RecordEligibilityCommand("case-1", false,
                List.of("too-young", "hours-too-low")));
    }

    @Test
    void anApprovedCardIsRemindedOf90DaysBeforeItsExpiryAndThenExpires() throws Exception {
        var instance = submitted(1);
        answer(0);
        var lastValidDay = SUBMITTED.toLocalDate().plusYears(3).minusDays(1);
        complete(task(instance), approved(lastValidDay));
        BpmnAwareTests.assertThat(instance).isWaitingAt(GW_BEFORE_REMINDER);
        advanceTo(lastValidDay.minusDays(90).atStartOfDay(CaseCalendar.ZONE).plusHours(1));
        verify(remindCardExpiry).execute(any());
        BpmnAwareTests.assertThat(instance).isWaitingAt(GW_BEFORE_EXPIRY);
        advanceTo(lastValidDay.plusDays(1).atStartOfDay(CaseCalendar.ZONE).plusHours(1));
        verify(expireCard).execute(any());
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_EXPIRED);
    }

    @Test
    void aRejectedApplicationEndsAndAnUnlimitedCardNeedsNoTimers() {
        var instance = submitted(1);
        answer(0);
        complete(task(instance), Map.of(VAR_APPROVED, false));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REJECTED);
    }

    @Test
    void anUnlimitedCardEndsTheProcessWhenIssued() {
        var instance = submitted(1);
        answer(0);
        complete(task(instance), approved(null));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_ISSUED_UNLIMITED);
    }

    @Test
    void aSilentOrganisationIsRemindedAfter14DaysAndChasedAfter28() {
        var instance = submitted(1);
        advanceTo(SUBMITTED.plusDays(14).plusMinutes(1));
        verify(ports).sendConfirmationLink("case-1", 0, ConfirmationPurpose.REMINDER);
        assertThat(taskQuery().taskDefinitionKey(USER_CHASE_CONFIRMATION).count()).isZero();
        advanceTo(SUBMITTED.plusDays(28).plusMinutes(1));
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_CHASE_CONFIRMATION);
        complete(task(instance), Map.of(VAR_RESEND, true));
        runDueJobs();
        verify(ports).sendConfirmationLink("case-1", 0, ConfirmationPurpose.RESEND);
        BpmnAwareTests.assertThat(instance).isWaitingAt(RECEIVE_ANSWER);
        advanceTo(SUBMITTED.plusDays(56).plusMinutes(2));
        complete(task(instance), Map.of(VAR_RESEND, false));
        runDueJobs();
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_REVIEW_APPLICATION).hasPassed(END_GIVEN_UP);
        verify(ports, times(2)).sendConfirmationLink("case-1", 0, ConfirmationPurpose.REMINDER);
        verify(ports, times(4)).sendConfirmationLink(eq("case-1"), anyInt(), any());
    }

    @Test
    void aWithdrawnApplicationEndsWhereverItWaits() {
        var instance = submitted(2);
        runtimeService().correlateMessage(MESSAGE_APPLICATION_WITHDRAWN, "case-1");
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
    }

    @Test
    void aRevokedCardEndsItsProcess() {
        var instance = submitted(1);
        answer(0);
        complete(task(instance), approved(SUBMITTED.toLocalDate().plusYears(2)));
        runtimeService().correlateMessage(MESSAGE_CARD_REVOKED, "case-1");
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REVOKED);
    }
}
