package de.casebook.app.honours;

import de.casebook.domain.honours.api.AwardKind;
import de.casebook.domain.honours.api.NominationRules;
import java.time.LocalDate;
import java.util.List;

/**
 * The formal rules of each award kind (domain.md, section 3): the Ehrennadel needs 15 years and a
 * justification of at least 1,500 characters; state and federal honours need recent merits (at most
 * five years old) and an adult nominee.
 */
final class AwardKinds {

    private AwardKinds() {
    }

    static NominationRules rules(AwardKind kind, HonoursProperties.Call call, LocalDate submittedOn) {
        return switch (kind) {
            case CITY_PRIZE -> new NominationRules(0, null, 1, null, call.deadlineFor(submittedOn),
                    List.copyOf(call.jury()), call.quorum());
            case THANK_YOU_LETTER -> new NominationRules(0, null, 1, null, null, List.of(), 0);
            case PIN -> new NominationRules(15, null, 1500, null, null, List.of(), 0);
            case STATE_HONOUR -> new NominationRules(10, 18, 1, 5, null, List.of(), 0);
            case FEDERAL_HONOUR -> new NominationRules(15, 18, 1, 5, null, List.of(), 0);
        };
    }
}
