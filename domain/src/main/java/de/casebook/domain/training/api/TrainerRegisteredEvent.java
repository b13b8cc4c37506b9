package de.casebook.domain.training.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The candidate is entered in the trainer register; the case id is the register entry's id. */
@Revision("1")
public record TrainerRegisteredEvent(String caseId, String municipality, LocalDate qualifiedSince) {
}
