package de.casebook.domain.honours.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordExternalDecisionCommand(
        @TargetAggregateIdentifier String caseId,
        boolean award,
        String authority,
        LocalDate decidedOn,
        String note) {
}
