package de.casebook.app.readmodel;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts rebuilt shadow tables in the place of a projection's tables, inside the caller's transaction:
 * the old table goes, the shadow takes its name, and its indexes (and the constraints behind them)
 * take the old indexes' names, so that later migrations find the names they were written with.
 */
final class TableSwap {

    private static final Pattern INDEX_HEAD = Pattern.compile("^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ ");

    private TableSwap() {
    }

    /** Creates an empty shadow table shaped like the table, with the same indexes and constraints. */
    static void createShadow(JdbcTemplate jdbc, String table, String shadow) {
        jdbc.execute("DROP TABLE IF EXISTS " + shadow);
        jdbc.execute("CREATE TABLE " + shadow + " (LIKE " + table + " INCLUDING ALL)");
    }

    static void replace(JdbcTemplate jdbc, String table, String shadow) {
        var names = indexNamesByShape(jdbc, table);
        var shadowNames = indexNamesByShape(jdbc, shadow);
        jdbc.execute("LOCK TABLE " + table + ", " + shadow + " IN ACCESS EXCLUSIVE MODE");
        jdbc.execute("DROP TABLE " + table);
        jdbc.execute("ALTER TABLE " + shadow + " RENAME TO " + table);
        shadowNames.forEach((shape, shadowIndex) -> {
            var original = names.get(shape);
            if (original != null && !original.equals(shadowIndex)) {
                jdbc.execute("ALTER INDEX " + shadowIndex + " RENAME TO " + original);
            }
        });
    }

    /** The table's indexes by what they index (their definition without name and table). */
    private static Map<String, String> indexNamesByShape(JdbcTemplate jdbc, String table) {
        var byShape = new HashMap<String, String>();
        jdbc.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?",
                row -> {
                    var definition = row.getString(2);
                    var head = INDEX_HEAD.matcher(definition);
                    var unique = head.find() && head.group(1) != null;
                    byShape.put((unique ? "unique " : "") + definition.substring(head.end()), row.getString(1));
                }, table);
        return byShape;
    }
}
