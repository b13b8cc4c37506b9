package de.casebook.domain.card.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CardRevokedEvent(
        String caseId,
        String reason) {
}
