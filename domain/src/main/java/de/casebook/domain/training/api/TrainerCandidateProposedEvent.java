package de.casebook.domain.training.api;

import de.casebook.domain.mentoring.api.Participant;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TrainerCandidateProposedEvent(
        String caseId,
        String caseNumber,
        String municipality,
        String mentorCaseId,
        String mentorCaseNumber,
        Participant candidate,
        String reason,
        List<String> modules,
        BigDecimal requiredHours) {
}
