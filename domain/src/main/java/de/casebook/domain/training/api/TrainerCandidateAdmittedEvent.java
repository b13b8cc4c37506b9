package de.casebook.domain.training.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TrainerCandidateAdmittedEvent(String caseId, String reason) {
}
