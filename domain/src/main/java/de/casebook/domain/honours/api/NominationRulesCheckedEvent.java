package de.casebook.domain.honours.api;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record NominationRulesCheckedEvent(
        String caseId,
        List<String> findings) {
}
