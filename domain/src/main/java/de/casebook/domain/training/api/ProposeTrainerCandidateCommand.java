package de.casebook.domain.training.api;

import de.casebook.domain.mentoring.api.Participant;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Staff propose a certified mentor of their municipality for the trainer qualification. */
public record ProposeTrainerCandidateCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String municipality,
        String mentorCaseId,
        String mentorCaseNumber,
        Participant candidate,
        String reason,
        List<String> modules,
        BigDecimal requiredHours) {
}
