package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ForwardNominationCommand(
        @TargetAggregateIdentifier String caseId,
        String authority,
        String note) {
}
