package de.casebook.domain.card.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** {@code takenOver}: the card of a case taken over from the previous register, already in its holder's hands. */
@Revision("2")
public record CardIssuedEvent(
        String caseId,
        String cardNumber,
        String verificationCode,
        LocalDate validFrom,
        LocalDate validUntil,
        boolean takenOver) {
}
