package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectNominationCommand(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
