package de.casebook.app.takeover;

import de.casebook.app.security.Actor;
import de.casebook.domain.shared.TakenOverFrom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One kind of case a municipality takes over from its previous register (card holders, certified
 * mentors): its columns, how a row reads, who is already here, and how a row becomes a case.
 *
 * @param <R> a row read without problems
 */
public interface TakeoverKind<R> {

    /** As the API and the import page name it, e.g. {@code card-holders}. */
    String code();

    /** The case type its rows become, whose numbers they get. */
    String caseType();

    List<Column> columns();

    /** The row, or null after reporting its problems on the reader. */
    R read(RowReader row, String municipality, LocalDate today);

    /** Tells two rows about the same case apart from others (a person and a program, say). */
    String duplicateKey(R row);

    /** Of these rows, those whose case is already in Casebook: by position, the number of that case. */
    Map<Integer, String> alreadyThere(List<R> rows, String municipality);

    /**
     * Opens the row's case through its aggregate, in the import's transaction; a refusal (the person
     * got a case since the dry run) is thrown as the API would refuse it.
     */
    void takeOver(R row, String caseId, String caseNumber, TakenOverFrom source, Actor actor);

    /** A column of the sheet: its heading, other headings it may go by, and whether every row needs it. */
    record Column(String heading, boolean required, List<String> aliases) {

        public static Column required(String heading, String... aliases) {
            return new Column(heading, true, List.of(aliases));
        }

        public static Column optional(String heading, String... aliases) {
            return new Column(heading, false, List.of(aliases));
        }

        List<String> headings() {
            var all = new java.util.ArrayList<String>();
            all.add(heading);
            all.addAll(aliases);
            return all;
        }
    }
}
