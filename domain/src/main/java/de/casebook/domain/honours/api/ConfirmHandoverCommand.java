package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfirmHandoverCommand(
        @TargetAggregateIdentifier String caseId,
        String note) {
}
