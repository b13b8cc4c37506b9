package de.casebook.app.security;

import java.util.Locale;

public enum Role {
    STAFF, TRAINER, AUDITOR, ADMIN,
    /** Runs a network of municipalities. */
    COORDINATOR,
    /** The state ministry: sees and decides across municipalities. */
    MINISTRY,
    /** Scores the nominations of the prize calls whose jury they sit on. */
    JURY,
    /** Decides honours for the municipality (or records the council's decision). */
    MAYOR,
    /** The data protection officer: finds a person, reports what is stored about them, erases it. */
    PRIVACY;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The Camunda candidate group of this role in a municipality, as the BPMN models name it. */
    public String candidateGroupIn(String municipality) {
        return name().toLowerCase(Locale.ROOT) + ":" + municipality;
    }
}
