package de.casebook.domain.training.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Every module signed off and the required hours reached: the candidate may be registered. */
@Revision("1")
public record TrainerRequirementsMetEvent(String caseId, BigDecimal hoursSignedOff, BigDecimal requiredHours) {
}
