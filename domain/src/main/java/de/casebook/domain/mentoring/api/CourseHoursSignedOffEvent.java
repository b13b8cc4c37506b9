package de.casebook.domain.mentoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record CourseHoursSignedOffEvent(
        String caseId,
        String sessionId,
        LocalDate date,
        BigDecimal hours,
        String module,
        BigDecimal hoursSignedOff) {
}
