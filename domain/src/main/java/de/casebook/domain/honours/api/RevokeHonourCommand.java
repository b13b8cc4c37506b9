package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeHonourCommand(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
