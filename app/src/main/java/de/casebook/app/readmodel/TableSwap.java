package de.casebook.app.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * Creates an empty shadow table shaped like the table, with its constraints, and without its other
     * indexes: they are built once the bulk of the rows is in ({@link #createIndexes}), which is many
     * times faster than keeping them up to date row by row. Returns their definitions.
     */
    static List<String> createShadow(JdbcTemplate jdbc, String table, String shadow) {
        jdbc.execute("DROP TABLE IF EXISTS " + shadow);
        jdbc.execute("CREATE TABLE " + shadow + " (LIKE " + table + " INCLUDING ALL)");
        var deferred = jdbc.queryForList("""
                SELECT i.indexname FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename = ?
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""", String.class, shadow);
        var definitions = new ArrayList<String>();
        for (var index : deferred) {
            definitions.add(jdbc.queryForObject("SELECT pg_get_indexdef(?::regclass)", String.class, index));
            jdbc.execute("DROP INDEX " + index);
        }
        return definitions;
    }

    /**
     * Builds the deferred indexes and gathers the planner's statistics: a table swapped in without
     * them would be planned as if empty until autovacuum came by.
     */
    static void createIndexes(JdbcTemplate jdbc, List<String> definitions, List<String> shadows) {
        definitions.forEach(jdbc::execute);
        shadows.forEach(shadow -> jdbc.execute("ANALYZE " + shadow));
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
