package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveCardApplicationCommand(
        @TargetAggregateIdentifier String caseId,
        String comment,
        String cardNumber,
        String verificationCode) {
}
