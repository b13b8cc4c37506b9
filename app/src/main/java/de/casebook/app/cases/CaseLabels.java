package de.casebook.app.cases;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Message keys for a case's status, as the pages of every case type name them (used as {@code @caseLabels}). */
@Component("caseLabels")
public class CaseLabels {

    private static final Map<String, String> STATUS_PREFIX = Map.of(
            CaseTypes.QUALIFICATION, "status.",
            CaseTypes.CARD_APPLICATION, "card.status.",
            CaseTypes.NOMINATION, "honours.status.",
            CaseTypes.NETWORK, "network.status.",
            CaseTypes.TRAINER_QUALIFICATION, "trainer.status.");

    public String status(String caseType, String status) {
        return STATUS_PREFIX.getOrDefault(caseType, "status.") + status;
    }
}
