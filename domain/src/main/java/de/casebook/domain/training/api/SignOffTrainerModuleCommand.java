package de.casebook.domain.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A registered trainer signs off hours of one module of the trainer course for the candidate. */
public record SignOffTrainerModuleCommand(
        @TargetAggregateIdentifier String caseId,
        String signOffId,
        String module,
        LocalDate date,
        BigDecimal hours,
        String educationProvider,
        /* the most hours one session may have */
        BigDecimal maxSessionHours) {
}
