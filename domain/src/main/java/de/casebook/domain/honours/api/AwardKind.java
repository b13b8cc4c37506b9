package de.casebook.domain.honours.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a municipality may award, or forward to those who decide outside it (domain.md, section 3). */
public enum AwardKind {
    CITY_PRIZE, THANK_YOU_LETTER, PIN, STATE_HONOUR, FEDERAL_HONOUR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AwardKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }

    /** State and federal honours are decided outside the municipality, which forwards and waits. */
    public boolean decidedOutside() {
        return this == STATE_HONOUR || this == FEDERAL_HONOUR;
    }

    /** A prize is decided after the jury of its call has scored it. */
    public boolean hasJury() {
        return this == CITY_PRIZE;
    }
}
