package de.casebook.domain.training.api;

import org.axonframework.serialization.Revision;

/** The user account that signs in as this registered trainer. */
@Revision("1")
public record TrainerAccountLinkedEvent(String caseId, String username) {
}
