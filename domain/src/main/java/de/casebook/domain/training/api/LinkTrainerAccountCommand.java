package de.casebook.domain.training.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LinkTrainerAccountCommand(@TargetAggregateIdentifier String caseId, String username) {
}
