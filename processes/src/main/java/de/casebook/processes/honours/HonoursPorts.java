package de.casebook.processes.honours;

/** What the honours process needs from the application around it: mails with single-use links. */
public interface HonoursPorts {

    /** Asks reference {@code index} for a statement through a new link, due after the deadline. */
    void requestStatement(String caseId, int index);

    /** Reminds the nominator of the open question (the link of the first mail stays valid). */
    void remindNominator(String caseId);
}
