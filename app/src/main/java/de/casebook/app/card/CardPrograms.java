package de.casebook.app.card;

import de.casebook.app.platform.ApiException;
import de.casebook.domain.card.api.CardProgram;
import java.util.Arrays;
import java.util.Optional;

/**
 * The volunteer card programs (domain.md, section 2): required prior engagement and validity, each
 * with the range within which a municipality may choose. A validity of {@code null} is unlimited.
 */
enum CardPrograms {
    NRW("nrw", 1, 1, 2, 3, 2, 3),
    NRW_JUBILAEUM("nrw-jubilaeum", 25, 25, 25, null, null, null),
    RLP("rlp", 1, 1, 2, 2, 2, 3),
    BY_BLUE("by-blue", 2, 2, 2, 3, 3, 3),
    BY_GOLD("by-gold", 25, 25, 25, null, null, null);

    final String code;
    final int requiredYears;
    final int minRequiredYears;
    final int maxRequiredYears;
    final Integer validityYears;
    final Integer minValidityYears;
    final Integer maxValidityYears;

    CardPrograms(String code, int requiredYears, int minRequiredYears, int maxRequiredYears, Integer validityYears,
                 Integer minValidityYears, Integer maxValidityYears) {
        this.code = code;
        this.requiredYears = requiredYears;
        this.minRequiredYears = minRequiredYears;
        this.maxRequiredYears = maxRequiredYears;
        this.validityYears = validityYears;
        this.minValidityYears = minValidityYears;
        this.maxValidityYears = maxValidityYears;
    }

    static Optional<CardPrograms> ofCode(String code) {
        return Arrays.stream(values()).filter(program -> program.code.equals(code)).findFirst();
    }

    /**
     * The municipality's choice, if within this program's range; otherwise the configuration is wrong.
     * A program that leaves no choice (the jubilee cards' 25 years) keeps its own.
     */
    int requiredYears(Integer chosen) {
        if (chosen == null || minRequiredYears == maxRequiredYears) {
            return requiredYears;
        }
        if (chosen < minRequiredYears || chosen > maxRequiredYears) {
            throw new IllegalStateException("required years %d outside %d..%d for %s"
                    .formatted(chosen, minRequiredYears, maxRequiredYears, code));
        }
        return chosen;
    }

    Integer validityYears(Integer chosen) {
        if (chosen == null || validityYears == null) {
            return validityYears;
        }
        if (chosen < minValidityYears || chosen > maxValidityYears) {
            throw new IllegalStateException("validity %d outside %d..%d for %s"
                    .formatted(chosen, minValidityYears, maxValidityYears, code));
        }
        return chosen;
    }

    /** The program with the municipality's choices, if the municipality offers it; refused otherwise. */
    static CardProgram offered(String code, String municipality, CardProperties settings) {
        var program = ofCode(code).orElseThrow(() -> ApiException.unprocessable("card.unknown-program", code));
        var chosen = settings.municipalities().get(municipality);
        if (chosen == null || chosen.programs() == null || !chosen.programs().contains(code)) {
            throw ApiException.unprocessable("card.program-not-offered", code);
        }
        return new CardProgram(code, program.requiredYears(chosen.requiredYears()),
                program.validityYears(chosen.validityYears()));
    }
}
