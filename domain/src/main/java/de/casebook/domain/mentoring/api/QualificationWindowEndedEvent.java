package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record QualificationWindowEndedEvent(String caseId, LocalDate windowEnd, BigDecimal hoursSignedOff, BigDecimal requiredHours) {
}
