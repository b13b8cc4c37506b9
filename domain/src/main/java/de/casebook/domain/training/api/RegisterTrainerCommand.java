package de.casebook.domain.training.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterTrainerCommand(@TargetAggregateIdentifier String caseId) {
}
