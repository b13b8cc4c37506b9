package de.casebook.domain.mentoring.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record QualificationWindowExtendedEvent(String caseId, LocalDate previousWindowEnd, LocalDate newWindowEnd) {
}
