package de.casebook.domain.mentoring.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record QualificationClosedEvent(String caseId, String courseId, String reason) {
}
