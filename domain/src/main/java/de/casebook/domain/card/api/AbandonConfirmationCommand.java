package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AbandonConfirmationCommand(
        @TargetAggregateIdentifier String caseId,
        int organisationIndex,
        String reason) {
}
