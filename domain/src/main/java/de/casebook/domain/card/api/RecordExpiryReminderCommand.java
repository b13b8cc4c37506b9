package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordExpiryReminderCommand(
        @TargetAggregateIdentifier String caseId) {
}
