package de.casebook.app.readmodel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as searches compare them: lower case, without accents, with the letters that have no
 * accent to drop written out ({@code Weiß → weiss}, {@code Łukasz → lukasz}, {@code Øster → oster}).
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        var key = new StringBuilder(text.length());
        for (var c : Normalizer.normalize(text, Normalizer.Form.NFD).toCharArray()) {
            key.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ' -> "d";
                case 'ı' -> "i";
                case 'þ', 'Þ' -> "th";
                default -> String.valueOf(c);
            });
        }
        var stripped = MARKS.matcher(key).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(stripped).replaceAll(" ").strip();
    }
}
