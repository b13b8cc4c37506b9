package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RemindNominatorCommand(
        @TargetAggregateIdentifier String caseId) {
}
