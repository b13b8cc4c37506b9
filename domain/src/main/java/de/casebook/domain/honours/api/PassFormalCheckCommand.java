package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PassFormalCheckCommand(
        @TargetAggregateIdentifier String caseId,
        String comment) {
}
