package de.casebook.app.card;

import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A municipality's card applications from the read models: filtered and paged lists with exact
 * totals, counts by status, and the applications of one person for the "one card" rule.
 */
@Component
class CardApplicationList {

    record Filter(String status, String program, String query) {
    }

    record Listed(String caseId, String caseNumber, String program, String status, String applicant,
                  Instant submittedAt, String cardNumber, LocalDate validUntil) {
    }

    record Page(List<Listed> items, long total) {
    }

    /** An earlier application of the same person and program. */
    record Earlier(String caseId, String caseNumber, String municipality, String status, LocalDate validUntil) {

        boolean isOpen() {
            return status.equals("awaiting-confirmation") || status.equals("in-review");
        }

        /** Whether it holds a card valid on that day (issued, not revoked or expired, and within its validity). */
        boolean holdsValidCardOn(LocalDate day) {
            return status.equals("issued") && (validUntil == null || !validUntil.isBefore(day));
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    CardApplicationList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted and paged on the case index alone (a card's program is its kind); the page's cards joined after. */
    Page find(Actor actor, Filter filter, int page, int size) {
        var parameters = new MapSqlParameterSource("municipality", actor.municipality())
                .addValue("limit", size).addValue("offset", (long) page * size);
        var where = new ArrayList<String>(List.of("c.case_type = 'card-application'",
                "c.municipality = :municipality"));
        if (filter.status() != null) {
            where.add("c.status = :status");
            parameters.addValue("status", filter.status());
        }
        if (filter.program() != null) {
            where.add("c.kind = :program");
            parameters.addValue("program", filter.program());
        }
        if (filter.query() != null) {
            where.add("(c.person_key LIKE :name ESCAPE '\\' OR c.case_number = :number OR EXISTS (SELECT 1"
                    + " FROM card_application n WHERE n.case_id = c.case_id AND n.card_number = :number))");
            parameters.addValue("name", "%" + SearchKeys.of(filter.query()).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.addValue("number", filter.query().strip().toUpperCase(Locale.ROOT));
        }
        var condition = String.join(" AND ", where);
        var total = jdbc.queryForObject("SELECT count(*) FROM case_index c WHERE " + condition, parameters,
                Long.class);
        var items = jdbc.query("""
                        SELECT c.case_id, c.case_number, c.kind, c.status, c.person, c.opened_at, a.card_number,
                            a.valid_until
                        FROM (SELECT * FROM case_index c WHERE %s ORDER BY c.opened_at DESC, c.case_id
                              LIMIT :limit OFFSET :offset) c
                        LEFT JOIN card_application a USING (case_id)
                        ORDER BY c.opened_at DESC, c.case_id""".formatted(condition),
                parameters, (row, number) -> new Listed(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getTimestamp(6).toInstant(), row.getString(7),
                        row.getObject(8, LocalDate.class)));
        return new Page(items, total == null ? 0 : total);
    }

    /** How many of the municipality's applications are in each status. */
    Map<String, Long> countsByStatus(String municipality) {
        var counts = new TreeMap<String, Long>();
        jdbc.query("""
                        SELECT status, count(*) FROM case_index
                        WHERE case_type = 'card-application' AND municipality = :municipality GROUP BY status""",
                Map.of("municipality", municipality), row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    /** Applications by the same person (name and birth date) for the program, in any municipality. */
    List<Earlier> ofApplicant(String name, LocalDate birthDate, String program) {
        return jdbc.query("""
                        SELECT c.case_id, c.case_number, c.municipality, c.status, a.valid_until
                        FROM card_application a JOIN case_index c USING (case_id)
                        WHERE a.applicant_key = :applicant AND a.birth_date = :birthDate AND a.program = :program""",
                Map.of("applicant", SearchKeys.of(name), "birthDate", birthDate, "program", program),
                (row, number) -> new Earlier(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDate.class)));
    }

    record Statistics(int year, long total, Map<String, Long> byStatus, Map<String, Long> byProgram,
                      Map<String, Long> byMonth) {
    }

    /** The municipality's applications submitted in the year: by status, program and month (Berlin time). */
    Statistics statistics(String municipality, int year) {
        var parameters = Map.<String, Object>of("municipality", municipality, "year", year);
        var byStatus = new TreeMap<String, Long>();
        var byProgram = new TreeMap<String, Long>();
        var byMonth = new LinkedHashMap<String, Long>();
        jdbc.query("""
                        SELECT c.status, a.program, to_char(c.opened_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
                            count(*)
                        FROM case_index c JOIN card_application a USING (case_id)
                        WHERE c.case_type = 'card-application' AND c.municipality = :municipality
                          AND extract(year FROM c.opened_at AT TIME ZONE 'Europe/Berlin') = :year
                        GROUP BY 1, 2, 3 ORDER BY 3""", parameters, row -> {
                    var count = row.getLong(4);
                    byStatus.merge(row.getString(1), count, Long::sum);
                    byProgram.merge(row.getString(2), count, Long::sum);
                    byMonth.merge(row.getString(3), count, Long::sum);
                });
        var total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Statistics(year, total, byStatus, byProgram, new TreeMap<>(byMonth));
    }
}
