package de.casebook.domain.honours.api;

public record NominationWithdrawnEvent(
        String caseId,
        String reason) {
}
