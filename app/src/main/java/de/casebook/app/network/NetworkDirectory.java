package de.casebook.app.network;

import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The networks an actor may see, newest first, from the case index: staff every network (those of
 * other municipalities to decide whether to apply), everyone else those {@link Networks} lets them see.
 */
@Component
class NetworkDirectory {

    record Listed(String networkId, String caseNumber, String name, String kind, LocalDate founded, String status) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    NetworkDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Listed> visibleTo(Actor actor) {
        var visible = actor.role() == Role.STAFF ? "TRUE" : Networks.visibleCases(actor);
        return jdbc.query("""
                        SELECT c.case_id, c.case_number, c.person, c.kind, c.opened_at, c.status FROM case_index c
                        WHERE c.case_type = 'network' AND (%s) ORDER BY c.opened_at DESC, c.case_id""".formatted(visible),
                Map.of("actorMunicipality", actor.municipality(), "actorUser", actor.username()),
                (row, number) -> new Listed(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        CaseCalendar.dayOf(row.getTimestamp(5).toInstant()), row.getString(6)));
    }
}
