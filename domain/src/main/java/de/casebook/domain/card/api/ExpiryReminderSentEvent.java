package de.casebook.domain.card.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ExpiryReminderSentEvent(
        String caseId,
        LocalDate validUntil) {
}
