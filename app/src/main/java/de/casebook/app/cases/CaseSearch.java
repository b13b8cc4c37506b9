package de.casebook.app.cases;

import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds cases of every type in the case index: by number, by any part of a person's name (ignoring
 * case and accents), by type, status and opening period; paged in the database with an exact total,
 * and only cases the actor may see by their type's rule.
 */
@Component
public class CaseSearch {

    /** What to look for; every part may be absent. {@code openedBefore} is exclusive. */
    public record Criteria(String query, String number, String caseType, String status, Instant openedFrom,
                           Instant openedBefore) {
    }

    public record Found(String caseId, String caseNumber, String caseType, String status, String person,
                        Instant openedAt) {
    }

    public record Page(List<Found> items, long total) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseSummaryDirectory caseTypes;
    private final CaseNumbers caseNumbers;

    CaseSearch(NamedParameterJdbcTemplate jdbc, CaseSummaryDirectory caseTypes, CaseNumbers caseNumbers) {
        this.jdbc = jdbc;
        this.caseTypes = caseTypes;
        this.caseNumbers = caseNumbers;
    }

    /**
     * The cases the actor may see that match: without a search text, one query per case type (each its
     * own access rule, each able to use the index on municipality, type and opening time), united,
     * ordered and paged; with a search text, one query whose text condition narrows by the name index
     * and whose access rules sort what it found. The total is exact either way.
     */
    public Page find(Actor actor, Criteria criteria, int page, int size) {
        var parameters = new MapSqlParameterSource()
                .addValue("actorMunicipality", actor.municipality())
                .addValue("actorUser", actor.username())
                .addValue("limit", size)
                .addValue("offset", (long) page * size)
                .addValue("window", (long) page * size + size);
        var filters = filters(criteria, parameters);
        var rules = caseTypes.all().stream()
                .filter(type -> criteria.caseType() == null || criteria.caseType().equals(type.caseType()))
                .map(type -> Map.entry(type.caseType(), type.visibleCases(actor)))
                .filter(rule -> !rule.getValue().equals("FALSE"))
                .map(rule -> "c.case_type = '" + rule.getKey() + "' AND (" + rule.getValue() + ")")
                .toList();
        if (rules.isEmpty()) {
            return new Page(List.of(), 0);
        }
        var textSearch = criteria.query() != null || criteria.number() != null;
        String count;
        String select;
        if (textSearch) {
            var condition = rules.stream().map(rule -> "(" + rule + ")")
                    .collect(Collectors.joining(" OR ", "(", ")")) + filters;
            count = "SELECT count(*) FROM case_index c WHERE " + condition;
            select = "SELECT c.case_id, c.case_number, c.case_type, c.status, c.person, c.opened_at"
                    + " FROM case_index c WHERE " + condition
                    + " ORDER BY c.opened_at DESC, c.case_id LIMIT :limit OFFSET :offset";
        } else {
            count = rules.stream().map(rule -> "(SELECT count(*) FROM case_index c WHERE " + rule + filters + ")")
                    .collect(Collectors.joining(" + ", "SELECT ", ""));
            select = rules.stream()
                    .map(rule -> "(SELECT c.case_id, c.case_number, c.case_type, c.status, c.person, c.opened_at"
                            + " FROM case_index c WHERE " + rule + filters
                            + " ORDER BY c.opened_at DESC, c.case_id LIMIT :window)")
                    .collect(Collectors.joining(" UNION ALL ", "SELECT * FROM (",
                            ") found ORDER BY opened_at DESC, case_id LIMIT :limit OFFSET :offset"));
        }
        var total = jdbc.queryForObject(count, parameters, Long.class);
        var items = jdbc.query(select, parameters, (row, number) -> new Found(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()));
        return new Page(items, total == null ? 0 : total);
    }

    private String filters(Criteria criteria, MapSqlParameterSource parameters) {
        var where = new StringBuilder();
        if (criteria.status() != null) {
            where.append(" AND c.status = :status");
            parameters.addValue("status", criteria.status());
        }
        if (criteria.openedFrom() != null) {
            where.append(" AND c.opened_at >= :openedFrom");
            parameters.addValue("openedFrom", Timestamp.from(criteria.openedFrom()));
        }
        if (criteria.openedBefore() != null) {
            where.append(" AND c.opened_at < :openedBefore");
            parameters.addValue("openedBefore", Timestamp.from(criteria.openedBefore()));
        }
        if (criteria.number() != null) {
            where.append(" AND c.case_number = :number");
            parameters.addValue("number", caseNumbers.canonical(criteria.number()).orElse(criteria.number().strip()));
        }
        if (criteria.query() != null) {
            where.append(" AND (c.person_key LIKE :nameLike ESCAPE '\\' OR c.case_number LIKE :numberLike ESCAPE '\\'"
                    + " OR c.case_number = :numberExact)");
            parameters.addValue("nameLike", "%" + likeEscaped(SearchKeys.of(criteria.query())) + "%");
            parameters.addValue("numberLike", likeEscaped(criteria.query().strip().toUpperCase(Locale.ROOT)) + "%");
            parameters.addValue("numberExact", caseNumbers.canonical(criteria.query()).orElse(""));
        }
        return where.toString();
    }

    /** The one case with this number the actor may see, if there is exactly one. */
    public Optional<Found> byNumber(Actor actor, String number) {
        var found = find(actor, new Criteria(null, number, null, null, null, null), 0, 2);
        return found.total() == 1 ? Optional.of(found.items().get(0)) : Optional.empty();
    }

    /**
     * The number people know the case by, for pages that already checked the caller may see it; the short
     * technical id stands in only in the instant before the case index has the case.
     */
    public String displayNumberOf(String caseId) {
        var numbers = jdbc.queryForList("SELECT case_number FROM case_index WHERE case_id = :caseId",
                Map.of("caseId", caseId), String.class);
        return numbers.isEmpty() || numbers.get(0) == null ? caseId.substring(0, Math.min(8, caseId.length()))
                : numbers.get(0);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
