package de.casebook.domain.honours.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NominationForwardedEvent(
        String caseId,
        String authority,
        String note) {
}
