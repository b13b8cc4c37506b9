package de.casebook.domain.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TrainerModuleSignedOffEvent(
        String caseId,
        String signOffId,
        String module,
        LocalDate date,
        BigDecimal hours,
        String educationProvider,
        BigDecimal hoursSignedOff) {
}
