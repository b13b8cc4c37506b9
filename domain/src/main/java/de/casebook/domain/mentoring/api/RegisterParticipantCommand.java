package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterParticipantCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String courseId,
        String municipality,
        Participant participant,
        BigDecimal requiredHours,
        LocalDate windowStart,
        LocalDate windowEnd,
        int maxExtensionMonths) {
}
