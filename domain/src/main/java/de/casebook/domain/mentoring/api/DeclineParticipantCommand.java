package de.casebook.domain.mentoring.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineParticipantCommand(@TargetAggregateIdentifier String caseId, String reason) {
}
