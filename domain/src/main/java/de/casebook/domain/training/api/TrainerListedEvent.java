package de.casebook.domain.training.api;

import de.casebook.domain.mentoring.api.Participant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TrainerListedEvent(
        String caseId,
        String caseNumber,
        String municipality,
        Participant trainer,
        LocalDate qualifiedSince,
        String reason) {
}
