package de.casebook.domain.card.api;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record EligibilityDecidedEvent(
        String caseId,
        boolean eligible,
        List<String> reasons) {
}
