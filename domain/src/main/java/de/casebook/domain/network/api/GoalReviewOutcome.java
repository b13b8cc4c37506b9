package de.casebook.domain.network.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a goal review decides (workshop 1 of the 2015 congress: review continuously, dare to end). */
public enum GoalReviewOutcome {
    CONTINUE, ADJUST, ACHIEVED, PROPOSE_ENDING;

    /** As the API spells it: {@code propose-ending}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<GoalReviewOutcome> ofCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code().equals(code)).findFirst();
    }
}
