package de.casebook.domain.mentoring.api;

import java.util.Arrays;
import java.util.Locale;

/** The fields a new mentor may work in, as listed in the programme's seed document. */
public enum FieldOfEngagement {
    YOUTH_PROJECTS, FAMILIES, CIVIC_COOPERATION, INTEGRATION, MIGRANT_ORGANISATIONS, SCHOOLS,
    CARE_AND_DISABILITY, CULTURE_AND_ECOLOGY, BUSINESS_COOPERATION, CONNECTING_ACTORS;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(field -> field.code().equals(code));
    }
}
