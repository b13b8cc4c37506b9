package de.casebook.domain.training.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a candidacy, or takes a registered trainer off the register (they lead no new course), with a reason. */
public record WithdrawTrainerCommand(@TargetAggregateIdentifier String caseId, String reason) {
}
