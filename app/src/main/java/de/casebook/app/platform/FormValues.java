package de.casebook.app.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Values of page forms whose fields a browser fills as text. A blank field is absent; a value the
 * browser should not have sent malformed is a bad request (400), not a failure.
 */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate date(String text) {
        return parsed(text, LocalDate::parse);
    }

    /** A decimal, with a German comma accepted. */
    public static BigDecimal decimal(String text) {
        return parsed(text, value -> new BigDecimal(value.replace(',', '.')));
    }

    public static Integer integer(String text) {
        return parsed(text, Integer::valueOf);
    }

    private static <T> T parsed(String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException malformed) {
            throw ApiException.badRequest("request.bad-value", "", text);
        }
    }
}
