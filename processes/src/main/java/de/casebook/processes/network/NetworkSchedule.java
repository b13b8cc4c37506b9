package de.casebook.processes.network;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Reads the lifecycle's schedule variables for the model's expressions ({@code ${networkSchedule…}}). */
@Component("networkSchedule")
public class NetworkSchedule {

    public List<String> goalIds(String goals) {
        return Arrays.stream(goals.split(",")).map(goal -> goal.substring(0, goal.lastIndexOf(':'))).toList();
    }

    /** The goal's review interval as an ISO 8601 duration, e.g. {@code P12M}. */
    public String reviewInterval(String goals, String goalId) {
        return Arrays.stream(goals.split(","))
                .filter(goal -> goal.startsWith(goalId + ":"))
                .map(goal -> "P" + goal.substring(goal.lastIndexOf(':') + 1) + "M")
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no goal " + goalId));
    }

    /**
     * When a task created now for one period falls due: at the end of that period, computed in the
     * engine's zone as Camunda computes the timer cycle that starts the next period.
     */
    public Date dueAfter(String interval) {
        var now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
        return Date.from(now.plus(Period.parse(interval)).toInstant());
    }
}
