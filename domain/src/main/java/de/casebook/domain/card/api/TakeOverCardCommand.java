package de.casebook.domain.card.api;

import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A card a person already holds from the previous register, taken over as an issued card. */
public record TakeOverCardCommand(
        @TargetAggregateIdentifier String caseId,
        String caseNumber,
        String municipality,
        CardProgram program,
        Applicant holder,
        String previousCardNumber,
        LocalDate validUntil,
        String verificationCode,
        TakenOverFrom source) {
}
