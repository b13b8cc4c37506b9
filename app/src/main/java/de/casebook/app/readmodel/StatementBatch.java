package de.casebook.app.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch of statements in the order the events asked for them; runs of the same statement are sent
 * as one JDBC batch. Tables are named as {@code {course_list}} and written to the projection's
 * current tables (its own, or a rebuild's shadows).
 */
public final class StatementBatch implements ProjectionBatch {

    private record Statement(String sql, Object[] arguments) {
    }

    private static final Pattern UPDATES_ON_CONFLICT = Pattern.compile("ON\\s+CONFLICT[^;]*DO\\s+UPDATE",
            Pattern.CASE_INSENSITIVE);

    private final List<Statement> statements = new ArrayList<>();

    /** Adds a statement; instants, lists and texts are made fit for PostgreSQL. */
    public void add(String sql, Object... arguments) {
        var values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = value(arguments[i]);
        }
        statements.add(new Statement(sql, values));
    }

    private static Object value(Object argument) {
        if (argument instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (argument instanceof Collection<?> list) {
            return list.stream().map(item -> Text.clean(String.valueOf(item), 300)).toArray(String[]::new);
        }
        if (argument instanceof String text) {
            return Text.clean(text, 10_000);
        }
        return argument;
    }

    @Override
    public void flush(JdbcTemplate jdbc, ProjectionTables tables) {
        var from = 0;
        while (from < statements.size()) {
            var sql = statements.get(from).sql();
            var to = from;
            var run = new ArrayList<Object[]>();
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                run.add(statements.get(to).arguments());
                to++;
            }
            send(jdbc, resolved(sql, tables), run);
            from = to;
        }
    }

    /**
     * The driver sends a batch of inserts as multi-row inserts ({@code reWriteBatchedInserts}); an upsert
     * that updates on conflict cannot touch one row twice in a single statement (a member who joined
     * and left within one batch), so such upserts go one row at a time, each as its own statement.
     */
    private static void send(JdbcTemplate jdbc, String sql, List<Object[]> run) {
        if (run.size() > 1 && UPDATES_ON_CONFLICT.matcher(sql).find()) {
            run.forEach(arguments -> jdbc.update(sql, arguments));
        } else {
            jdbc.batchUpdate(sql, run);
        }
    }

    private static String resolved(String sql, ProjectionTables tables) {
        var resolved = sql;
        for (var table : tables.names()) {
            resolved = resolved.replace("{" + table + "}", tables.of(table));
        }
        return resolved;
    }
}
