package de.casebook.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What an event says in business terms, for the timeline: the message {@code detail.<event type>}
 * with its {@code {field}} placeholders filled from the payload (dates as 12.03.2026, numbers with a
 * decimal comma, lists joined), e.g. "4 Stunden am 20.11.2026, Modul Verbindungen schaffen".
 */
@Component("eventDetails")
public class EventDetails {

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z.]+)}");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    EventDetails(MessageSource messages) {
        this.messages = messages;
    }

    /** The details of the event, or empty when its type has none. */
    public String of(CaseHistory.Entry entry) {
        var locale = LocaleContextHolder.getLocale();
        var template = messages.getMessage("detail." + entry.type(), null, "", locale);
        if (template == null || template.isEmpty() || entry.payload() == null) {
            return "";
        }
        Matcher matcher = FIELD.matcher(template);
        var text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(value(entry.payload(), matcher.group(1), locale)));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private String value(JsonNode payload, String path, Locale locale) {
        var node = payload;
        for (var part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return "–";
        }
        if (node.isArray()) {
            var joined = new StringBuilder();
            node.forEach(element -> joined.append(joined.isEmpty() ? "" : ", ").append(value(element, locale)));
            return joined.isEmpty() ? "–" : joined.toString();
        }
        return value(node, locale);
    }

    private String value(JsonNode node, Locale locale) {
        if (node.isNumber()) {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(node.asText()));
        }
        if (node.isBoolean()) {
            return messages.getMessage(node.asBoolean() ? "detail.yes" : "detail.no", null, locale);
        }
        var text = node.asText();
        if (text.length() == 10 && text.charAt(4) == '-') {
            try {
                return LocalDate.parse(text).format(GERMAN_DATE);
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
        return text;
    }
}
