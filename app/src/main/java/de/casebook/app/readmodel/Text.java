package de.casebook.app.readmodel;

/** Text as a read model stores it: whatever an event holds, PostgreSQL can store it. */
public final class Text {

    private Text() {
    }

    /** Without U+0000 (which PostgreSQL cannot store in text) and at most {@code max} characters. */
    public static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        var cleaned = text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
    }
}
