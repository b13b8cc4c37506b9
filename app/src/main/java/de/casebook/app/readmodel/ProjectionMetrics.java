package de.casebook.app.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Each read model's distance from the newest event, in events. */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ProjectionStatus status;
    private final ReadModels readModels;

    ProjectionMetrics(ProjectionStatus status, ReadModels readModels) {
        this.status = status;
        this.readModels = readModels;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        readModels.all().forEach(projection -> Gauge.builder("casebook.projection.lag",
                        () -> status.all().stream().filter(report -> report.name().equals(projection.name()))
                                .mapToLong(ProjectionStatus.Report::lag).findFirst().orElse(-1))
                .description("events the read model has still to apply")
                .tag("projection", projection.name())
                .register(registry));
    }
}
