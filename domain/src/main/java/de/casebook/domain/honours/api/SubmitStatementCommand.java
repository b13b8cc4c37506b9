package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitStatementCommand(
        @TargetAggregateIdentifier String caseId,
        String tokenHash,
        String statement) {
}
