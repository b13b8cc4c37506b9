package de.casebook.domain.training.api;

import org.axonframework.serialization.Revision;

/** The candidacy ended, or the trainer left the register; {@code username} is the account unlinked, if any. */
@Revision("1")
public record TrainerWithdrawnEvent(String caseId, String previousStatus, String username, String reason) {
}
