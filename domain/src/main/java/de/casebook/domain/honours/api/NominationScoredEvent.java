package de.casebook.domain.honours.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record NominationScoredEvent(
        String caseId,
        String juror,
        int score,
        String comment) {
}
