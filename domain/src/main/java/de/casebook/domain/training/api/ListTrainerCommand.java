package de.casebook.domain.training.api;

import de.casebook.domain.mentoring.api.Participant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A trainer who qualified before Casebook is entered in the register directly, with the reason. */
public record ListTrainerCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String municipality,
        Participant trainer,
        LocalDate qualifiedSince,
        String reason) {
}
