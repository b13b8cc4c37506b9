package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SupplyInformationCommand(
        @TargetAggregateIdentifier String caseId,
        String tokenHash,
        String answer) {
}
