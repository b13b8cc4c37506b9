package de.casebook.app.statistics;

import de.casebook.app.cases.CaseTypes;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts from the case index: per case type by status, month (Berlin time) and municipality, how
 * long decisions took, cards approved and rejected per program, and overdue tasks. Exact, whatever
 * the number of cases; nothing about any person.
 */
@Component
class Statistics {

    /** Whose cases: one municipality's, or every municipality's (the ministry). */
    record Scope(String municipality, Integer year) {

        boolean everyMunicipality() {
            return municipality == null;
        }
    }

    record CaseTypeFigures(String caseType, long total, Map<String, Long> byStatus, Map<String, Long> byMonth,
                           Map<String, Long> byMunicipality, long decided, Double medianDaysToDecision) {
    }

    record ProgramFigures(long approved, long rejected) {
    }

    record Report(String municipality, Integer year, List<CaseTypeFigures> caseTypes,
                  Map<String, ProgramFigures> cardsByProgram, long overdueTasks, Map<String, Long> overdueByCaseType) {
    }

    private record Decisions(long count, double medianDays) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Statistics(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Report of(Scope scope) {
        var parameters = new MapSqlParameterSource("municipality", scope.municipality())
                .addValue("year", scope.year())
                .addValue("now", Timestamp.from(clock.instant()));
        var where = "(CAST(:municipality AS TEXT) IS NULL OR c.municipality = :municipality)"
                + " AND (CAST(:year AS INTEGER) IS NULL"
                + " OR extract(year FROM c.opened_at AT TIME ZONE 'Europe/Berlin') = :year)";
        var byType = new LinkedHashMap<String, Map<String, Map<String, Long>>>();
        for (var caseType : List.of(CaseTypes.QUALIFICATION, CaseTypes.CARD_APPLICATION, CaseTypes.NOMINATION,
                CaseTypes.NETWORK)) {
            byType.put(caseType, Map.of("status", new TreeMap<>(), "month", new TreeMap<>(),
                    "municipality", new TreeMap<>()));
        }
        jdbc.query("""
                        SELECT c.case_type, c.status, to_char(c.opened_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM'),
                            c.municipality, count(*)
                        FROM case_index c WHERE %s GROUP BY 1, 2, 3, 4""".formatted(where), parameters, row -> {
                    var figures = byType.get(row.getString(1));
                    if (figures == null) {
                        return;
                    }
                    var count = row.getLong(5);
                    figures.get("status").merge(row.getString(2), count, Long::sum);
                    figures.get("month").merge(row.getString(3), count, Long::sum);
                    figures.get("municipality").merge(row.getString(4), count, Long::sum);
                });
        var decisions = new LinkedHashMap<String, Decisions>();
        jdbc.query("""
                        SELECT c.case_type, count(*),
                            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.decided_at - c.opened_at))
                        FROM case_index c WHERE %s AND c.decided_at IS NOT NULL GROUP BY 1""".formatted(where),
                parameters, row -> {
                    decisions.put(row.getString(1), new Decisions(row.getLong(2), row.getDouble(3) / 86400));
                });
        var caseTypes = new ArrayList<CaseTypeFigures>();
        byType.forEach((caseType, figures) -> {
            var decided = decisions.get(caseType);
            var total = figures.get("status").values().stream().mapToLong(Long::longValue).sum();
            caseTypes.add(new CaseTypeFigures(caseType, total, figures.get("status"), figures.get("month"),
                    scope.everyMunicipality() ? figures.get("municipality") : null,
                    decided == null ? 0 : decided.count(),
                    decided == null ? null : Math.round(decided.medianDays() * 10) / 10.0));
        });
        var overdue = overdue(parameters);
        return new Report(scope.municipality(), scope.year(), caseTypes, cardsByProgram(where, parameters),
                overdue.values().stream().mapToLong(Long::longValue).sum(), overdue);
    }

    private Map<String, ProgramFigures> cardsByProgram(String where, MapSqlParameterSource parameters) {
        var programs = new TreeMap<String, ProgramFigures>();
        jdbc.query("""
                        SELECT c.kind, count(*) FILTER (WHERE c.status <> 'rejected'),
                            count(*) FILTER (WHERE c.status = 'rejected')
                        FROM case_index c
                        WHERE %s AND c.case_type = 'card-application' AND c.decided_at IS NOT NULL
                        GROUP BY 1""".formatted(where), parameters, row -> {
                    programs.put(row.getString(1), new ProgramFigures(row.getLong(2), row.getLong(3)));
                });
        return programs;
    }

    /** Open tasks past their due date, by case type, of the scope's cases. */
    private Map<String, Long> overdue(MapSqlParameterSource parameters) {
        var overdue = new TreeMap<String, Long>();
        jdbc.query("""
                        SELECT c.case_type, count(*)
                        FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                        JOIN case_index c ON c.case_id = e.business_key_
                        WHERE t.due_date_ < :now
                          AND (CAST(:municipality AS TEXT) IS NULL OR c.municipality = :municipality)
                        GROUP BY 1""", parameters, row -> {
                    overdue.put(row.getString(1), row.getLong(2));
                });
        return overdue;
    }
}
