package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AnswerConfirmationCommand(
        @TargetAggregateIdentifier String caseId,
        int organisationIndex,
        String tokenHash,
        boolean confirmed,
        String comment) {
}
