package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ScoreNominationCommand(
        @TargetAggregateIdentifier String caseId,
        String juror,
        int score,
        String comment) {
}
