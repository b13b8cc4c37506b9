package de.casebook.app.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * The process engine's job executor (timers, asynchronous steps): jobs due now, and jobs that failed
 * until no retry was left (an incident someone must look at).
 */
@Component
class JobMetrics implements MeterBinder {

    private final ManagementService management;

    JobMetrics(ManagementService management) {
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("casebook.jobs.due", () -> management.createJobQuery().executable().count())
                .description("timer and asynchronous jobs due for the job executor").register(registry);
        Gauge.builder("casebook.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("jobs that failed with no retry left").register(registry);
    }
}
