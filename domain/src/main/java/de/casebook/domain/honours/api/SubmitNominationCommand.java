package de.casebook.domain.honours.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitNominationCommand(
        @TargetAggregateIdentifier String caseId,
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
        NominationRules rules) {
}
