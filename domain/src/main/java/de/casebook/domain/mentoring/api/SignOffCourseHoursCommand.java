package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SignOffCourseHoursCommand(
        @TargetAggregateIdentifier String caseId,
        String courseId,
        String sessionId,
        LocalDate date,
        BigDecimal hours,
        String module,
        /* the most hours one participant may have signed off for one day; null: no limit */
        BigDecimal maxHoursPerDay) {
}
