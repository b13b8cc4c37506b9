package de.casebook.app.takeover;

import de.casebook.app.platform.FormValues;
import de.casebook.domain.shared.DomainException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads one row's cells by column, noting each problem in words a clerk can act on. */
public final class RowReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SheetRows.Row row;
    private final List<RowProblem> problems;
    private boolean fine = true;

    RowReader(SheetRows.Row row, List<RowProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public int number() {
        return row.number();
    }

    /** The cell's text (stripped), null if empty; a problem if required and empty or longer than allowed. */
    public String text(TakeoverKind.Column column, int maxLength) {
        var value = row.value(column.headings());
        if (value == null) {
            if (column.required()) {
                problem(column, "import.value-required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "import.value-too-long", maxLength);
            return null;
        }
        return value;
    }

    private static final TakeoverKind.Column FIRST_NAME = TakeoverKind.Column.optional("Vorname");
    private static final TakeoverKind.Column LAST_NAME = TakeoverKind.Column.optional("Nachname", "Familienname");

    /** A person's name: the column {@code name}, or "Vorname" and "Nachname" where the register kept them apart. */
    public String personName(TakeoverKind.Column name) {
        var first = text(FIRST_NAME, 100);
        var last = text(LAST_NAME, 100);
        if (first != null && last != null) {
            return first + " " + last;
        }
        return text(name, 200);
    }

    /** A date as a German clerk types it (31.12.2027) or as ISO (2027-12-31). */
    public LocalDate date(TakeoverKind.Column column) {
        var value = text(column, 40);
        if (value == null) {
            return null;
        }
        try {
            return FormValues.parseDate(value);
        } catch (DateTimeException notADate) {
            problem(column, "import.not-a-date", value);
            return null;
        }
    }

    public String email(TakeoverKind.Column column) {
        var value = text(column, 200);
        if (value != null && !EMAIL.matcher(value).matches()) {
            problem(column, "import.not-an-email", value);
            return null;
        }
        return value;
    }

    public String matching(TakeoverKind.Column column, Pattern pattern, String code) {
        var value = text(column, 200);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(column, code, value);
            return null;
        }
        return value;
    }

    /** A problem with a cell: the message code and its arguments. */
    public void problem(TakeoverKind.Column column, String code, Object... arguments) {
        fine = false;
        problems.add(new RowProblem(row.number(), column == null ? null : column.heading(), code,
                Arrays.asList(arguments)));
    }

    /** A business rule the aggregate would refuse the row for, asked before anything is written. */
    public void refusedBy(TakeoverKind.Column column, DomainException refusal) {
        problem(column, refusal.code(), refusal.arguments());
    }

    /** Whether the row has been read without problems so far. */
    public boolean fine() {
        return fine;
    }
}
