package de.casebook.domain.mentoring.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueCertificateCommand(@TargetAggregateIdentifier String caseId, String certificateNumber, LocalDate issuedOn) {
}
