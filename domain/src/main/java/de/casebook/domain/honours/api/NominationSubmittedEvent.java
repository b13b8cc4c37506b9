package de.casebook.domain.honours.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("2")
public record NominationSubmittedEvent(
        String caseId,
        String caseNumber,
        String municipality,
        AwardKind awardKind,
        String category,
        Nominator nominator,
        Nominee nominee,
        LocalDate engagementSince,
        LocalDate engagementUntil,
        String justification,
        List<Reference> references,
        NominationRules rules,
        LocalDate submittedOn) {
}
