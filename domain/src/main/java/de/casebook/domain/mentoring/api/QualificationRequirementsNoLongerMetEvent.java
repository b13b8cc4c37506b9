package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record QualificationRequirementsNoLongerMetEvent(String caseId, BigDecimal hoursSignedOff, BigDecimal requiredHours) {
}
