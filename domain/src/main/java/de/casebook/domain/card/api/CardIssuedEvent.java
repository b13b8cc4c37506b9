package de.casebook.domain.card.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CardIssuedEvent(
        String caseId,
        String cardNumber,
        String verificationCode,
        LocalDate validFrom,
        LocalDate validUntil) {
}
