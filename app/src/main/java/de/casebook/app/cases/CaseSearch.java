package de.casebook.app.cases;

import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    public Page find(Actor actor, Criteria criteria, int page, int size) {
        var parameters = new MapSqlParameterSource()
                .addValue("actorMunicipality", actor.municipality())
                .addValue("actorUser", actor.username())
                .addValue("limit", size)
                .addValue("offset", (long) page * size);
        var where = new ArrayList<String>();
        where.add(visibility(actor));
        if (criteria.caseType() != null) {
            where.add("c.case_type = :caseType");
            parameters.addValue("caseType", criteria.caseType());
        }
        if (criteria.status() != null) {
            where.add("c.status = :status");
            parameters.addValue("status", criteria.status());
        }
        if (criteria.openedFrom() != null) {
            where.add("c.opened_at >= :openedFrom");
            parameters.addValue("openedFrom", Timestamp.from(criteria.openedFrom()));
        }
        if (criteria.openedBefore() != null) {
            where.add("c.opened_at < :openedBefore");
            parameters.addValue("openedBefore", Timestamp.from(criteria.openedBefore()));
        }
        if (criteria.number() != null) {
            where.add("c.case_number = :number");
            parameters.addValue("number", caseNumbers.canonical(criteria.number()).orElse(criteria.number().strip()));
        }
        if (criteria.query() != null) {
            where.add("(c.person_key LIKE :nameLike ESCAPE '\\' OR c.case_number LIKE :numberLike ESCAPE '\\'"
                    + " OR c.case_number = :numberExact)");
            parameters.addValue("nameLike", "%" + likeEscaped(SearchKeys.of(criteria.query())) + "%");
            parameters.addValue("numberLike", likeEscaped(criteria.query().strip().toUpperCase(Locale.ROOT)) + "%");
            parameters.addValue("numberExact", caseNumbers.canonical(criteria.query()).orElse(""));
        }
        var condition = String.join(" AND ", where);
        var total = jdbc.queryForObject("SELECT count(*) FROM case_index c WHERE " + condition, parameters,
                Long.class);
        var items = jdbc.query("""
                        SELECT c.case_id, c.case_number, c.case_type, c.status, c.person, c.opened_at
                        FROM case_index c WHERE %s
                        ORDER BY c.opened_at DESC, c.case_id LIMIT :limit OFFSET :offset""".formatted(condition),
                parameters, (row, number) -> new Found(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()));
        return new Page(items, total == null ? 0 : total);
    }

    /** The one case with this number the actor may see, if there is exactly one. */
    public Optional<Found> byNumber(Actor actor, String number) {
        var found = find(actor, new Criteria(null, number, null, null, null, null), 0, 2);
        return found.total() == 1 ? Optional.of(found.items().get(0)) : Optional.empty();
    }

    /** The cases the actor may see: each case type's own rule, for its cases. */
    private String visibility(Actor actor) {
        var rules = caseTypes.all().stream()
                .map(type -> "(c.case_type = '" + type.caseType() + "' AND (" + type.visibleCases(actor) + "))")
                .toList();
        return "(" + String.join(" OR ", rules) + ")";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
