package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseStatementCommand(
        @TargetAggregateIdentifier String caseId,
        int referenceIndex) {
}
