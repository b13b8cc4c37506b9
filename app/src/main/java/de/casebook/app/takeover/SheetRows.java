package de.casebook.app.takeover;

import de.casebook.app.platform.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * The rows of an uploaded sheet as text by column heading: an XLSX workbook's first sheet, or a CSV
 * file as Excel or LibreOffice save it (semicolon, comma or tab; UTF-8 with or without BOM, else
 * Windows-1252). Row numbers are those a spreadsheet shows, the heading being row 1.
 */
final class SheetRows {

    static final int MAX_ROWS = 50_000;
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern DATE_FORMAT = Pattern.compile("[dmy]");
    private static final Pattern NOT_IN_A_KEY = Pattern.compile("[^\\p{L}\\p{N}]");

    record Sheet(List<String> headings, List<Row> rows) {
    }

    record Row(int number, Map<String, String> byHeading) {

        /** The cell under the first of these headings the sheet has; blank cells are null. */
        String value(List<String> headings) {
            for (var heading : headings) {
                var value = byHeading.get(key(heading));
                if (value != null) {
                    return value.isBlank() ? null : value.strip();
                }
            }
            return null;
        }
    }

    private SheetRows() {
    }

    static Sheet read(String fileName, byte[] content) {
        try {
            var sheet = ReadableWorkbook.isOOXMLZipHeader(content) ? xlsx(content) : csv(content, fileName);
            if (sheet.rows().size() > MAX_ROWS) {
                throw ApiException.unprocessable("import.too-many-rows", sheet.rows().size(), MAX_ROWS);
            }
            return sheet;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw ApiException.unprocessable("import.unreadable-file", fileName);
        }
    }

    /** How a heading is compared: case, spaces, hyphens and other punctuation ignored ("E-Mail" = "email"). */
    static String key(String heading) {
        return NOT_IN_A_KEY.matcher(heading.toLowerCase(Locale.GERMAN)).replaceAll("");
    }

    private static Sheet csv(byte[] content, String fileName) throws IOException {
        if (content.length > 0 && looksBinary(content)) {
            throw ApiException.unprocessable("import.unreadable-file", fileName);
        }
        var text = decoded(content);
        var firstLine = text.lines().findFirst().orElse("");
        var delimiter = delimiterOf(firstLine);
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        var headings = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                var line = (int) record.getRecordNumber();
                if (headings.isEmpty()) {
                    record.forEach(headings::add);
                    continue;
                }
                var values = new HashMap<String, String>();
                for (int i = 0; i < headings.size() && i < record.size(); i++) {
                    values.putIfAbsent(key(headings.get(i)), record.get(i));
                }
                if (values.values().stream().anyMatch(value -> !value.isBlank())) {
                    rows.add(new Row(line, values));
                }
            }
        }
        return new Sheet(headings, rows);
    }

    private static Sheet xlsx(byte[] content) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
             var sheetRows = workbook.getFirstSheet().openStream()) {
            var headings = new ArrayList<String>();
            var rows = new ArrayList<Row>();
            sheetRows.forEach(row -> {
                if (headings.isEmpty()) {
                    row.forEach(cell -> headings.add(cell == null ? "" : text(cell)));
                    return;
                }
                var values = new HashMap<String, String>();
                row.forEach(cell -> {
                    if (cell != null && cell.getColumnIndex() < headings.size()) {
                        values.putIfAbsent(key(headings.get(cell.getColumnIndex())), text(cell));
                    }
                });
                if (values.values().stream().anyMatch(value -> !value.isBlank())) {
                    rows.add(new Row(row.getRowNum(), values));
                }
            });
            return new Sheet(headings, rows);
        }
    }

    /** A cell as a clerk sees it: dates German, whole numbers without ".0", text as typed. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            var format = cell.getDataFormatString();
            if (format != null && DATE_FORMAT.matcher(format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "")
                    .toLowerCase(Locale.ROOT)).find()) {
                return cell.asDate().toLocalDate().format(GERMAN_DATE);
            }
            var number = cell.asNumber();
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
                    : number.stripTrailingZeros().toPlainString();
        }
        var raw = cell.getText();
        return raw == null ? "" : raw.strip();
    }

    private static String decoded(byte[] content) {
        var start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        var bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static char delimiterOf(String headingLine) {
        var semicolons = headingLine.chars().filter(c -> c == ';').count();
        var tabs = headingLine.chars().filter(c -> c == '\t').count();
        var commas = headingLine.chars().filter(c -> c == ',').count();
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 512); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
