package de.casebook.processes.shared;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Process tests' control of time: move the engine's clock and do what the job executor would by then. */
public final class ProcessTime {

    private ProcessTime() {
    }

    /** Runs every job that is executable now (async continuations, due timers), until none is left. */
    public static void runDueJobs() {
        for (var jobs = managementService().createJobQuery().executable().list(); !jobs.isEmpty();
             jobs = managementService().createJobQuery().executable().list()) {
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    public static void advanceTo(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
        runDueJobs();
    }
}
