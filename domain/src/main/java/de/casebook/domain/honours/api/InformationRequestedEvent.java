package de.casebook.domain.honours.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record InformationRequestedEvent(
        String caseId,
        String question,
        String tokenHash,
        Instant expiresAt) {
}
