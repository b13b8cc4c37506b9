package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LinkRenewalCommand(
        @TargetAggregateIdentifier String caseId,
        String renewedBy) {
}
