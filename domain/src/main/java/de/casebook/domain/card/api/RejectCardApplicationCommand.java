package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectCardApplicationCommand(
        @TargetAggregateIdentifier String caseId,
        RejectionReason reason,
        String comment) {
}
