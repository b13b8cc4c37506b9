package de.casebook.app.platform;

import java.util.regex.Pattern;

/** Personal data taken out of texts that go to logs or to error columns. */
public final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]*@([\\p{L}\\p{N}.-]+)");

    private Redaction() {
    }

    /** {@code anna.beispiel@example.org} becomes {@code a…@example.org}: which domain refused, not who. */
    public static String emailAddresses(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("$1…@$2");
    }
}
