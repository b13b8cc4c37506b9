package de.casebook.domain.mentoring.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ExtendQualificationWindowCommand(@TargetAggregateIdentifier String caseId, LocalDate newWindowEnd) {
}
