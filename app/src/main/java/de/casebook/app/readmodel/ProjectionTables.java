package de.casebook.app.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables a projection writes: its own ({@code case_index}) while it runs, or shadow copies
 * ({@code case_index_rebuild}) while it is rebuilt beside the tables that keep answering.
 */
public final class ProjectionTables {

    static final String REBUILD_SUFFIX = "_rebuild";

    private final Map<String, String> actualByName;

    private ProjectionTables(Map<String, String> actualByName) {
        this.actualByName = Map.copyOf(actualByName);
    }

    public static ProjectionTables live(List<String> names) {
        var tables = new LinkedHashMap<String, String>();
        names.forEach(name -> tables.put(name, name));
        return new ProjectionTables(tables);
    }

    ProjectionTables forRebuild() {
        var tables = new LinkedHashMap<String, String>();
        actualByName.keySet().forEach(name -> tables.put(name, name + REBUILD_SUFFIX));
        return new ProjectionTables(tables);
    }

    /** The table to write for a table's name. */
    public String of(String name) {
        var actual = actualByName.get(name);
        if (actual == null) {
            throw new IllegalArgumentException("not a table of this projection: " + name);
        }
        return actual;
    }

    public List<String> names() {
        return List.copyOf(actualByName.keySet());
    }
}
