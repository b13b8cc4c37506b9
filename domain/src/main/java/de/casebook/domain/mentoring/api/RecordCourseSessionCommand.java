package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordCourseSessionCommand(
        @TargetAggregateIdentifier String courseId,
        String sessionId,
        String trainer,
        LocalDate date,
        BigDecimal hours,
        String module,
        List<String> participants) {
}
