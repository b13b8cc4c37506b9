package de.casebook.app.platform;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values of page forms whose fields a browser fills as text, written as a German office writes them:
 * dates as 12.11.2026 (ISO 2026-11-12 too), decimals with a comma (7,5; 1.500,00). The pages ask for
 * text, not the browser's date and number fields, whose format follows the browser's language. A blank
 * field is absent; a malformed value is a bad request (400), not a failure.
 */
public final class FormValues {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FormValues() {
    }

    public static LocalDate date(String text) {
        return parsed(text, FormValues::parseDate);
    }

    /** A decimal, with a German comma accepted. */
    public static BigDecimal decimal(String text) {
        return parsed(text, FormValues::parseDecimal);
    }

    public static Integer integer(String text) {
        return parsed(text, Integer::valueOf);
    }

    /** A date typed German or ISO; throws {@link java.time.DateTimeException} if it is neither. */
    public static LocalDate parseDate(String text) {
        var value = text.strip();
        return value.contains(".") ? LocalDate.parse(value, GERMAN_DATE) : LocalDate.parse(value);
    }

    /** A decimal typed German (7,5; 1.500,00; 1.500) or plain (7.5); throws {@link NumberFormatException}. */
    public static BigDecimal parseDecimal(String text) {
        var value = text.strip().replace(" ", "");
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (value.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            value = value.replace(".", "");
        }
        return new BigDecimal(value);
    }

    /**
     * A form field's text as JSON reads it for a field of {@code type}: dates and decimals in the
     * notation Jackson expects, anything else as typed.
     */
    public static String forField(Class<?> type, String field, String text) {
        var componentType = Optional.ofNullable(type.getRecordComponents()).stream().flatMap(Arrays::stream)
                .filter(component -> component.getName().equals(field)).map(RecordComponent::getType).findFirst();
        try {
            if (componentType.filter(LocalDate.class::equals).isPresent()) {
                return parseDate(text).toString();
            }
            if (componentType.filter(BigDecimal.class::equals).isPresent()) {
                return parseDecimal(text).toPlainString();
            }
        } catch (RuntimeException malformed) {
            throw new InvalidFormException(List.of(field));
        }
        return text;
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
