package de.casebook.domain.card.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitCardApplicationCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String municipality,
        CardProgram program,
        Applicant applicant,
        List<Organisation> organisations,
        String qualification,
        String renewalOf) {
}
