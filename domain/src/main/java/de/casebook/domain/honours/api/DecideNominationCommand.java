package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DecideNominationCommand(
        @TargetAggregateIdentifier String caseId,
        boolean award,
        String decidedBy,
        String reason) {
}
