package de.casebook.domain.honours.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ScheduleCeremonyCommand(
        @TargetAggregateIdentifier String caseId,
        LocalDate date,
        String place) {
}
