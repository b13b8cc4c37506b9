package de.casebook.domain.card.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordConfirmationReminderCommand(
        @TargetAggregateIdentifier String caseId,
        int organisationIndex) {
}
