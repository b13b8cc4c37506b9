package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExpireCardCommand(
        @TargetAggregateIdentifier String caseId) {
}
