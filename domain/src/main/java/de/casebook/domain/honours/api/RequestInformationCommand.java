package de.casebook.domain.honours.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestInformationCommand(
        @TargetAggregateIdentifier String caseId,
        String question,
        String tokenHash,
        Instant expiresAt) {
}
