package de.casebook.processes.network;

import static de.casebook.processes.network.NetworkProcesses.*;
import static de.casebook.processes.shared.ProcessTime.advanceTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import de.casebook.domain.network.api.Goal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/network-lifecycle.bpmn")
class NetworkLifecycleProcessTest {

    /** In the engine's zone, as Camunda computes timer cycles and durations in it. */
    static final ZonedDateTime FOUNDED = LocalDate.of(2026, 1, 5).atStartOfDay(ZoneId.systemDefault()).plusHours(9);

    private final List<String> endingReasons = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ClockUtil.setCurrentTime(Date.from(FOUNDED.toInstant()));
        Mocks.register("networkSchedule", new NetworkSchedule());
        var startEnding = mock(JavaDelegate.class);
        doAnswer(call -> endingReasons.add((String) call.<DelegateExecution>getArgument(0).getVariable(VAR_ENDING_REASON)))
                .when(startEnding).execute(any());
        Mocks.register("startNetworkEnding", startEnding);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance found(LocalDate endDate, Goal... goals) {
        var variables = new HashMap<String, Object>();
        variables.put(VAR_MUNICIPALITY, "musterstadt");
        variables.put(VAR_COORDINATORS, "coordinator,coordinator2");
        variables.put(VAR_GOALS, goalsVariable(List.of(goals)));
        variables.put(VAR_MEETING_INTERVAL, meetingInterval(2));
        variables.put(VAR_MEETING_CYCLE, meetingCycle(2));
        variables.put(VAR_ENDS_AT, startOf(endDate));
        return runtimeService().startProcessInstanceByKey(LIFECYCLE, "network-1", variables);
    }
    private List<Task> open(String taskKey) {
        return taskQuery().taskDefinitionKey(taskKey).list();
    }

    @Test
    void meetsTwiceAYearReviewsYearlyAndEndsOnItsEndDateOverTwoSimulatedYears() {
        var instance = found(FOUNDED.toLocalDate().plusYears(2).plusMonths(1), new Goal("g1", "Karte überall", 12));
        var meetings = 0;
        var reviews = 0;
        for (var month = 6; month <= 24; month += 6) {
            advanceTo(FOUNDED.plusMonths(month));
            assertThat(open(USER_HOLD_MEETING)).as("month %d", month).hasSize(1);
            var meeting = open(USER_HOLD_MEETING).get(0);
            assertThat(meeting.getDueDate()).isEqualTo(Date.from(FOUNDED.plusMonths(month + 6).toInstant()));
            BpmnAwareTests.assertThat(meeting).hasCandidateUser("coordinator").hasCandidateUser("coordinator2");
            complete(meeting);
            meetings++;
            if (month % 12 == 0) {
                assertThat(open(USER_REVIEW_GOAL)).as("month %d", month).hasSize(1);
                complete(open(USER_REVIEW_GOAL).get(0), Map.of(VAR_GOAL_OUTCOME, "continue"));
                reviews++;
            } else {
                assertThat(open(USER_REVIEW_GOAL)).isEmpty();
            }
        }
        assertThat(endingReasons).isEmpty();
        advanceTo(FOUNDED.plusYears(2).plusMonths(1));
        assertThat(meetings).isEqualTo(4);
        assertThat(reviews).isEqualTo(2);
        assertThat(endingReasons).containsExactly("end-date-reached");
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_WIND_DOWN);
        assertThat(open(USER_HOLD_MEETING)).isEmpty();
        complete(open(USER_WIND_DOWN).get(0));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(TIMER_END_DATE, SERVICE_END_DATE_REACHED, END_CLOSED);
    }

    @Test
    void aMissedMeetingStaysOpenAndOverdueWhileTheNextOneComes() {
        found(null, new Goal("g1", "Karte überall", 12));
        advanceTo(FOUNDED.plusMonths(6));
        advanceTo(FOUNDED.plusMonths(12).plusDays(1));
        assertThat(open(USER_HOLD_MEETING)).hasSize(2)
                .anySatisfy(meeting -> assertThat(meeting.getDueDate()).isBefore(ClockUtil.getCurrentTime()));
    }

    @Test
    void endsWhenAReviewProposesEndingAndTheCoordinatorAgrees() {
        var instance = found(null, new Goal("g1", "Karte überall", 12), new Goal("g2", "Sprecherteam", 6));
        advanceTo(FOUNDED.plusMonths(6));
        var review = taskQuery().taskDefinitionKey(USER_REVIEW_GOAL).singleResult();
        assertThat(runtimeService().getVariable(review.getExecutionId(), VAR_GOAL_ID)).isEqualTo("g2");
        complete(review, Map.of(VAR_GOAL_OUTCOME, "propose-ending"));
        complete(open(USER_AGREE_ENDING).get(0), Map.of(VAR_ENDING_AGREED, false));
        BpmnAwareTests.assertThat(instance).isNotEnded();
        assertThat(open(USER_WIND_DOWN)).isEmpty();
        advanceTo(FOUNDED.plusMonths(12));
        assertThat(open(USER_REVIEW_GOAL)).hasSize(2);
        complete(open(USER_REVIEW_GOAL).get(0), Map.of(VAR_GOAL_OUTCOME, "propose-ending"));
        complete(open(USER_AGREE_ENDING).get(0), Map.of(VAR_ENDING_AGREED, true));
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_WIND_DOWN);
        assertThat(open(USER_REVIEW_GOAL)).isEmpty();
        assertThat(open(USER_HOLD_MEETING)).isEmpty();
        assertThat(endingReasons).as("the task that agreed records the ending, not the process").isEmpty();
        complete(open(USER_WIND_DOWN).get(0));
        BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_CLOSED);
    }

    @Test
    void startsEndingOnceEveryGoalIsAchieved() {
        var instance = found(null, new Goal("g1", "Karte überall", 12), new Goal("g2", "Sprecherteam", 6));
        advanceTo(FOUNDED.plusMonths(6));
        complete(open(USER_REVIEW_GOAL).get(0), Map.of(VAR_GOAL_OUTCOME, "achieved"));
        advanceTo(FOUNDED.plusMonths(12));
        assertThat(open(USER_REVIEW_GOAL)).hasSize(1);
        complete(open(USER_REVIEW_GOAL).get(0), Map.of(VAR_GOAL_OUTCOME, "adjust"));
        assertThat(endingReasons).isEmpty();
        advanceTo(FOUNDED.plusMonths(24));
        complete(open(USER_REVIEW_GOAL).get(0), Map.of(VAR_GOAL_OUTCOME, "achieved"));
        assertThat(endingReasons).containsExactly("goals-achieved");
        BpmnAwareTests.assertThat(instance).isWaitingAt(USER_WIND_DOWN).hasPassed(SERVICE_GOALS_ACHIEVED);
    }
}
