package de.casebook.app.honours;

import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A municipality's nominations from the read models, for its staff and mayor: filtered, paged, exact totals. */
@Component
class NominationList {

    record Filter(String status, String awardKind, String query) {
    }

    record Listed(String caseId, String caseNumber, String awardKind, String category, String status, String nominee,
                  Instant submittedAt) {
    }

    record Page(List<Listed> items, long total) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    NominationList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page find(Actor actor, Filter filter, int page, int size) {
        var parameters = new MapSqlParameterSource("municipality", actor.municipality())
                .addValue("limit", size).addValue("offset", (long) page * size);
        var where = new ArrayList<String>(List.of("c.case_type = 'nomination'", "c.municipality = :municipality"));
        if (filter.status() != null) {
            where.add("c.status = :status");
            parameters.addValue("status", filter.status());
        }
        if (filter.awardKind() != null) {
            where.add("c.kind = :awardKind");
            parameters.addValue("awardKind", filter.awardKind());
        }
        if (filter.query() != null) {
            where.add("(c.person_key LIKE :name ESCAPE '\\' OR c.case_number = :number)");
            parameters.addValue("name", "%" + SearchKeys.of(filter.query()).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
            parameters.addValue("number", filter.query().strip().toUpperCase(Locale.ROOT));
        }
        var condition = String.join(" AND ", where);
        var total = jdbc.queryForObject("SELECT count(*) FROM case_index c WHERE " + condition, parameters,
                Long.class);
        var items = jdbc.query("""
                        SELECT c.case_id, c.case_number, c.kind, n.category, c.status, c.person, c.opened_at
                        FROM (SELECT * FROM case_index c WHERE %s ORDER BY c.opened_at DESC, c.case_id
                              LIMIT :limit OFFSET :offset) c
                        LEFT JOIN nomination n USING (case_id)
                        ORDER BY c.opened_at DESC, c.case_id""".formatted(condition),
                parameters, (row, number) -> new Listed(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getTimestamp(7).toInstant()));
        return new Page(items, total == null ? 0 : total);
    }
}
