package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CourseHoursSignOffRevokedEvent(
        String caseId,
        String sessionId,
        BigDecimal hours,
        String reason,
        BigDecimal hoursSignedOff) {
}
