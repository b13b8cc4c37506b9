package de.casebook.domain.honours.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record StatementRequestedEvent(
        String caseId,
        int referenceIndex,
        String tokenHash,
        Instant dueAt) {
}
