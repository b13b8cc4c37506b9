package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecommendCommand(
        @TargetAggregateIdentifier String caseId,
        int quorum) {
}
