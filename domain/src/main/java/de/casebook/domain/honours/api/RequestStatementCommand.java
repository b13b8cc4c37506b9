package de.casebook.domain.honours.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestStatementCommand(
        @TargetAggregateIdentifier String caseId,
        int referenceIndex,
        String tokenHash,
        Instant dueAt) {
}
