package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ScheduleCourseCommand(
        @TargetAggregateIdentifier String courseId,
        String municipality,
        String title,
        String educationProvider,
        List<String> trainers,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal requiredHours,
        int maxParticipants,
        List<String> modules,
        SessionRules sessionRules) {
}
