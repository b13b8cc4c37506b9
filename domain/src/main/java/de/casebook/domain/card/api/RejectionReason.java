package de.casebook.domain.card.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why an application is rejected, from a fixed list (users of the Bavarian system asked for this). */
public enum RejectionReason {
    NOT_ELIGIBLE, ENGAGEMENT_NOT_CONFIRMED, NOT_RESIDENT, ALREADY_HOLDS_CARD, INCOMPLETE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RejectionReason> ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code().equals(code)).findFirst();
    }
}
