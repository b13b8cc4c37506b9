package de.casebook.domain.card.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("2")
public record CardApplicationSubmittedEvent(
        String caseId,
        String caseNumber,
        String municipality,
        CardProgram program,
        Applicant applicant,
        List<Organisation> organisations,
        String qualification,
        String renewalOf,
        LocalDate submittedOn) {
}
