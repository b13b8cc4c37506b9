package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeCardCommand(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
