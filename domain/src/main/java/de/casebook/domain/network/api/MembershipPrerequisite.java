package de.casebook.domain.network.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a network may require of a municipality before it can be admitted (domain.md, section 4). */
public enum MembershipPrerequisite {
    CONTACT_PERSON, DECLARATION_SIGNED, COUNCIL_RESOLUTION, CARD_PROGRAMME;

    /** As the API and configuration spell it: {@code council-resolution}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MembershipPrerequisite> ofCode(String code) {
        return Arrays.stream(values()).filter(prerequisite -> prerequisite.code().equals(code)).findFirst();
    }

    /** Whether the application meets this prerequisite. */
    public boolean metBy(ApplyForMembershipCommand application) {
        return switch (this) {
            case CONTACT_PERSON -> application.contactPerson() != null && !application.contactPerson().isBlank();
            case DECLARATION_SIGNED -> application.declarationSigned();
            case COUNCIL_RESOLUTION -> application.councilResolutionDate() != null;
            case CARD_PROGRAMME -> application.cardProgramme() != null && !application.cardProgramme().isBlank();
        };
    }
}
