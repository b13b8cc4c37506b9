package de.casebook.domain.card.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestConfirmationCommand(
        @TargetAggregateIdentifier String caseId,
        int organisationIndex,
        String tokenHash,
        Instant expiresAt,
        ConfirmationPurpose purpose) {
}
