package de.casebook.domain.mentoring.api;

import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A mentor certified before Casebook, taken over from the previous register as a certified case. */
public record TakeOverCertifiedMentorCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String municipality,
        Participant mentor,
        LocalDate certifiedOn,
        String previousCertificateNumber,
        TakenOverFrom source) {
}
