package de.casebook.domain.honours.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A running nomination is withdrawn (by the nominator, or when the nominee's data is erased), with the reason. */
public record WithdrawNominationCommand(
        @TargetAggregateIdentifier String caseId,
        String reason) {
}
