package de.casebook.domain.mentoring.api;

import java.util.Locale;

public enum QualificationStatus {
    REGISTERED, ATTENDING, REQUIREMENTS_MET, CERTIFIED, COMPLETED, INCOMPLETE, WITHDRAWN, DECLINED, CLOSED;

    /** The status as the API spells it: {@code requirements-met}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isBeforeCertificate() {
        return this == REGISTERED || this == ATTENDING || this == REQUIREMENTS_MET || this == INCOMPLETE;
    }
}
