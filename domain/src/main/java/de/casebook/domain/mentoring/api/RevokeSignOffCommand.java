package de.casebook.domain.mentoring.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeSignOffCommand(@TargetAggregateIdentifier String caseId, String sessionId, String reason) {
}
