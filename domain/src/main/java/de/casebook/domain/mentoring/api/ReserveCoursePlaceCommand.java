package de.casebook.domain.mentoring.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReserveCoursePlaceCommand(@TargetAggregateIdentifier String courseId, String caseId) {
}
