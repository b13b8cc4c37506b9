package de.casebook.domain.card.api;

import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The case opens with a card taken over from the previous register (no application, no
 * confirmations); the {@link CardIssuedEvent} that follows records the card under the case's number.
 */
@Revision("1")
public record CardTakenOverEvent(
        String caseId,
        String caseNumber,
        String municipality,
        CardProgram program,
        Applicant holder,
        String previousCardNumber,
        LocalDate validUntil,
        LocalDate takenOverOn,
        TakenOverFrom source) {
}
