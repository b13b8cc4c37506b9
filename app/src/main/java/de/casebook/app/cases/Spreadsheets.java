package de.casebook.app.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * Tables as German spreadsheets take them. CSV: semicolons, UTF-8 with a byte order mark, dates as
 * 17.05.1980, times as 30.11.2026 00:30:00, decimal commas, and a cell that a spreadsheet would take
 * for a formula quoted as text. XLSX: numbers, days and times as typed cells in German formats, a bold
 * header row with a filter, frozen below the header.
 */
final class Spreadsheets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int MAX_SHEET_NAME = 31;

    /** Cells are text, {@link BigDecimal} or another number, {@link LocalDate} or {@link LocalDateTime}. */
    record Table(List<String> headers, List<List<Object>> rows) {
    }

    record Sheet(String name, Table table) {
    }

    private Spreadsheets() {
    }

    static String csv(Table table) {
        var csv = new StringBuilder("\uFEFF");
        line(csv, table.headers());
        for (var row : table.rows()) {
            line(csv, row);
        }
        return csv.toString();
    }

    static void xlsx(List<Sheet> sheets, OutputStream out) {
        try (var workbook = new Workbook(out, "Casebook", "1.0")) {
            for (var sheet : sheets) {
                var worksheet = workbook.newWorksheet(sheetName(sheet.name()));
                var headers = sheet.table().headers();
                for (int column = 0; column < headers.size(); column++) {
                    worksheet.value(0, column, headers.get(column));
                }
                worksheet.range(0, 0, 0, Math.max(0, headers.size() - 1)).style().bold().set();
                worksheet.freezePane(0, 1);
                var rows = sheet.table().rows();
                for (int row = 0; row < rows.size(); row++) {
                    var cells = rows.get(row);
                    for (int column = 0; column < cells.size(); column++) {
                        cell(worksheet, row + 1, column, cells.get(column));
                    }
                }
                if (!headers.isEmpty()) {
                    worksheet.setAutoFilter(0, 0, headers.size() - 1);
                }
                worksheet.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(org.dhatim.fastexcel.Worksheet worksheet, int row, int column, Object value) {
        if (value instanceof LocalDateTime time) {
            worksheet.value(row, column, time);
            worksheet.style(row, column).format("dd.mm.yyyy hh:mm:ss").set();
        } else if (value instanceof LocalDate day) {
            worksheet.value(row, column, day);
            worksheet.style(row, column).format("dd.mm.yyyy").set();
        } else if (value instanceof BigDecimal decimal) {
            // written as 40, not 4E+1
            worksheet.value(row, column, new BigDecimal(decimal.toPlainString()));
        } else if (value instanceof Number number) {
            worksheet.value(row, column, number);
        } else if (value != null && !value.toString().isEmpty()) {
            worksheet.value(row, column, value.toString());
        }
    }

    /** A cell as CSV text: German dates, times and decimals. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        return value.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(text(cells.get(i))));
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

    /** Excel allows 31 characters and none of []:*?/\ in a sheet's name. */
    private static String sheetName(String name) {
        var clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > MAX_SHEET_NAME ? clean.substring(0, MAX_SHEET_NAME) : clean;
    }
}
