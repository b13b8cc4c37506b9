package de.casebook.domain.mentoring.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdmitParticipantCommand(@TargetAggregateIdentifier String caseId) {
}
