package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviewGoalCommand(
        @TargetAggregateIdentifier String networkId,
        String goalId,
        GoalReviewOutcome outcome,
        String newText,
        String comment) {
}
