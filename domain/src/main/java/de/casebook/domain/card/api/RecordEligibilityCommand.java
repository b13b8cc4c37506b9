package de.casebook.domain.card.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEligibilityCommand(
        @TargetAggregateIdentifier String caseId,
        boolean eligible,
        List<String> reasons) {
}
