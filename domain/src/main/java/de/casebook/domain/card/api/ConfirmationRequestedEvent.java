package de.casebook.domain.card.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ConfirmationRequestedEvent(
        String caseId,
        int organisationIndex,
        String tokenHash,
        Instant expiresAt,
        ConfirmationPurpose purpose) {
}
