package de.casebook.domain.card.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ApplicationApprovedEvent(
        String caseId,
        String comment) {
}
