package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record FollowUpExternalDecisionCommand(
        @TargetAggregateIdentifier String caseId,
        String note) {
}
