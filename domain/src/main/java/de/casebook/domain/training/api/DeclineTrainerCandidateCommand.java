package de.casebook.domain.training.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineTrainerCandidateCommand(@TargetAggregateIdentifier String caseId, String reason) {
}
