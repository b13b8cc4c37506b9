package de.casebook.app.platform;

import java.util.Optional;

/**
 * Text a person could have typed and PostgreSQL can store: no NUL (PostgreSQL refuses it in text and
 * JSON), no other control characters but tab and line breaks, no half of a surrogate pair, no
 * non-characters; and not longer than any field of ours needs.
 */
public final class StorableText {

    /** Longer than any justification, report or letter a form asks for. */
    public static final int MAX_LENGTH = 20_000;

    /** Why the text cannot be taken: an unstorable character, or its length. */
    public record Problem(String code, String detail) {
    }

    private StorableText() {
    }

    public static Optional<Problem> problemOf(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of(new Problem("text.too-long", String.valueOf(MAX_LENGTH)));
        }
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return Optional.of(new Problem("text.unstorable-character", "U+%04X".formatted((int) c)));
            }
        }
        return Optional.empty();
    }

    /** The text with every character that cannot be stored shown as its code ({@code U+0000}), fit to echo. */
    public static String printable(String text) {
        var printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                printable.append(c).append(text.charAt(++i));
            } else {
                printable.append(allowed(c) ? String.valueOf(c) : "U+%04X".formatted((int) c));
            }
        }
        return printable.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
