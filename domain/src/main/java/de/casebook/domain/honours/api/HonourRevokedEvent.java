package de.casebook.domain.honours.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record HonourRevokedEvent(
        String caseId,
        String reason) {
}
