package de.casebook.domain.network.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum NetworkKind {
    CITIES, MUNICIPALITIES, DISTRICTS, STATE;

    /** As the API spells it: {@code municipalities}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NetworkKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
