package de.casebook.domain.shared;

import java.util.regex.Pattern;

/** Compiled once: an identity is normalised for every person a case is opened or imported for. */
final class Identities {

    static final Pattern SPACES = Pattern.compile("\\s+");

    private Identities() {
    }
}
