package de.casebook.app.cases;

/** The case types as the API and the read models name them. */
public final class CaseTypes {

    public static final String QUALIFICATION = "qualification";
    public static final String CARD_APPLICATION = "card-application";
    public static final String NOMINATION = "nomination";
    public static final String NETWORK = "network";
    public static final String TRAINER_QUALIFICATION = "trainer-qualification";

    private CaseTypes() {
    }
}
