package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawCardApplicationCommand(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
