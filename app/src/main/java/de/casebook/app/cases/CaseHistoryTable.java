package de.casebook.app.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * A case's history as German spreadsheets read it: one row per step, headers and steps in words, local
 * time, one column per business field (nested fields flattened and named: "Antragsteller:in – Name",
 * "Organisationen 1 – Name"). Cells keep their kind (number, day, time) so that the CSV writes them as
 * a German spreadsheet reads them and the XLSX as typed cells.
 */
@Component
class CaseHistoryTable {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final Set<String> NOT_BUSINESS = Set.of("caseId", "reason");
    private static final String[] HEADERS = {"csv.sequence", "csv.occurred-at", "csv.step", "csv.actor", "csv.role",
        "csv.municipality", "csv.reason"};

    private final MessageSource messages;

    CaseHistoryTable(MessageSource messages) {
        this.messages = messages;
    }

    /** The history as a CSV for German spreadsheets. */
    String csv(List<CaseHistory.Entry> entries, Locale locale) {
        return Spreadsheets.csv(table(entries, locale, List.of(), List.of()));
    }

    /** The history as a table; {@code leading} headers and cells (a case's number, say) come first in every row. */
    Spreadsheets.Table table(List<CaseHistory.Entry> entries, Locale locale, List<String> leadingHeaders,
                             List<Object> leading) {
        var rows = new ArrayList<Map<String, Object>>();
        var fields = new LinkedHashSet<String>();
        for (var entry : entries) {
            var row = new LinkedHashMap<String, Object>();
            flatten("", entry.payload(), row, locale);
            NOT_BUSINESS.forEach(row::remove);
            fields.addAll(row.keySet());
            rows.add(row);
        }
        var header = new ArrayList<>(leadingHeaders);
        for (var key : HEADERS) {
            header.add(messages.getMessage(key, null, locale));
        }
        for (var field : fields) {
            var label = fieldLabel(field, locale);
            // a payload field may be named like a column every row has ("Kommune"): it keeps its technical name
            header.add(header.contains(label) ? label + " (" + field + ")" : label);
        }
        header.add(messages.getMessage("csv.task", null, locale));
        header.add(messages.getMessage("csv.request", null, locale));
        var cells = new ArrayList<List<Object>>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var line = new ArrayList<>(leading);
            line.addAll(List.of(entry.sequence(), LocalDateTime.ofInstant(entry.occurredAt(), BERLIN),
                    messages.getMessage("event." + entry.type(), null, entry.type(), locale),
                    nullToEmpty(entry.actor()),
                    entry.role() == null ? "" : messages.getMessage("role." + entry.role(), null, entry.role(), locale),
                    nullToEmpty(entry.municipality()), nullToEmpty(entry.reason())));
            for (var field : fields) {
                line.add(rows.get(i).getOrDefault(field, ""));
            }
            line.add(nullToEmpty(entry.taskId()));
            line.add(nullToEmpty(entry.correlationId()));
            cells.add(line);
        }
        return new Spreadsheets.Table(header, cells);
    }

    /** "applicant.name" → "Antragsteller:in – Name", "organisations.2.name" → "Organisationen 2 – Name". */
    private String fieldLabel(String path, Locale locale) {
        var label = new StringBuilder();
        for (var segment : path.split("\\.")) {
            if (segment.chars().allMatch(Character::isDigit)) {
                label.append(' ').append(segment);
            } else {
                if (!label.isEmpty()) {
                    label.append(" – ");
                }
                label.append(messages.getMessage("field." + segment, null, segment, locale));
            }
        }
        return label.toString();
    }

    private void flatten(String prefix, JsonNode node, Map<String, Object> row, Locale locale) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(join(prefix, field.getKey()), field.getValue(), row, locale));
        } else if (node.isArray()) {
            if (node.isEmpty() || !node.get(0).isContainerNode()) {
                var values = new ArrayList<String>();
                node.forEach(element -> values.add(Spreadsheets.text(scalar(element, locale))));
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

    private Object scalar(JsonNode value, Locale locale) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros();
        }
        if (value.isBoolean()) {
            return messages.getMessage(value.asBoolean() ? "csv.yes" : "csv.no", null, locale);
        }
        var text = value.asText();
        try {
            if (ISO_DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            if (ISO_INSTANT.matcher(text).matches()) {
                return LocalDateTime.ofInstant(Instant.parse(text), BERLIN);
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        return text;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
