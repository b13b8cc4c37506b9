package de.casebook.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A case's history as German spreadsheets read it: semicolons, UTF-8 with a byte order mark, headers
 * and steps in words, local time, dates as 17.05.1980, decimal commas, one column per business field
 * (nested fields flattened: {@code applicant.name}, {@code organisations.1.name}); a cell that a
 * spreadsheet would take for a formula is quoted as text.
 */
@Component
class CaseHistoryCsv {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final Set<String> NOT_BUSINESS = Set.of("caseId", "reason");
    private static final String[] HEADERS = {"csv.sequence", "csv.occurred-at", "csv.step", "csv.actor", "csv.role",
        "csv.municipality", "csv.reason"};

    private final MessageSource messages;

    CaseHistoryCsv(MessageSource messages) {
        this.messages = messages;
    }

    String render(List<CaseHistory.Entry> entries, Locale locale) {
        var rows = new ArrayList<Map<String, String>>();
        var fields = new LinkedHashSet<String>();
        for (var entry : entries) {
            var row = new LinkedHashMap<String, String>();
            flatten("", entry.payload(), row, locale);
            NOT_BUSINESS.forEach(row::remove);
            fields.addAll(row.keySet());
            rows.add(row);
        }
        var csv = new StringBuilder("\uFEFF");
        var header = new ArrayList<String>();
        for (var key : HEADERS) {
            header.add(messages.getMessage(key, null, locale));
        }
        header.addAll(fields);
        header.add(messages.getMessage("csv.task", null, locale));
        header.add(messages.getMessage("csv.request", null, locale));
        line(csv, header);
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var cells = new ArrayList<String>(List.of(String.valueOf(entry.sequence()),
                    TIME.format(entry.occurredAt().atZone(BERLIN)),
                    messages.getMessage("event." + entry.type(), null, entry.type(), locale),
                    nullToEmpty(entry.actor()),
                    entry.role() == null ? "" : messages.getMessage("role." + entry.role(), null, entry.role(), locale),
                    nullToEmpty(entry.municipality()), nullToEmpty(entry.reason())));
            for (var field : fields) {
                cells.add(rows.get(i).getOrDefault(field, ""));
            }
            cells.add(nullToEmpty(entry.taskId()));
            cells.add(nullToEmpty(entry.correlationId()));
            line(csv, cells);
        }
        return csv.toString();
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> row, Locale locale) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(join(prefix, field.getKey()), field.getValue(), row, locale));
        } else if (node.isArray()) {
            if (node.isEmpty() || !node.get(0).isContainerNode()) {
                var values = new ArrayList<String>();
                node.forEach(element -> values.add(scalar(element, locale)));
                row.put(prefix, String.join(", ", values));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    flatten(join(prefix, String.valueOf(i + 1)), node.get(i), row, locale);
                }
            }
        } else {
            row.put(prefix, scalar(node, locale));
        }
    }

    private String scalar(JsonNode value, Locale locale) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value.isBoolean()) {
            return messages.getMessage(value.asBoolean() ? "csv.yes" : "csv.no", null, locale);
        }
        var text = value.asText();
        try {
            if (ISO_DAY.matcher(text).matches()) {
                return DAY.format(LocalDate.parse(text));
            }
            if (ISO_INSTANT.matcher(text).matches()) {
                return TIME.format(Instant.parse(text).atZone(BERLIN));
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        return text;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted when it holds a separator, quote or line break, or begins like a formula (=, +, -, @). */
    static String cell(String text) {
        var formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[\\d.,]+");
        var value = formula ? "'" + text : text;
        var quoted = formula || value.chars().anyMatch(c -> c == '"' || c == ';' || c == '\r' || c == '\n');
        return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
