package de.casebook.processes.card;

import de.casebook.domain.card.api.ConfirmationPurpose;
import de.casebook.domain.card.api.EligibilityFacts;

/**
 * What the card process needs from the application around it: confirmation links (a random token
 * e-mailed to the organisation's contact, only its hash in the case) and the facts the rules decide on.
 */
public interface CardApplicationPorts {

    /** Sends organisation {@code index} of the case a new single-use link, replacing any earlier one. */
    void sendConfirmationLink(String caseId, int index, ConfirmationPurpose purpose);

    /** The facts for the eligibility rules, as of now. */
    EligibilityFacts eligibilityFacts(String caseId);
}
