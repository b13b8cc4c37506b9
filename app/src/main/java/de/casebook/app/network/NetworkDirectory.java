package de.casebook.app.network;

import de.casebook.app.security.Actor;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The networks an actor may see, newest first. */
@Component
class NetworkDirectory {

    record Listed(String networkId, String name, String kind, LocalDate founded, String status) {
    }

    private final JdbcClient jdbc;
    private final Networks networks;

    NetworkDirectory(JdbcClient jdbc, Networks networks) {
        this.jdbc = jdbc;
        this.networks = networks;
    }

    /**
     * Reads every network's events to apply the same access rule as a single network; the number of
     * networks a state runs is in the dozens, not thousands.
     */
    List<Listed> visibleTo(Actor actor) {
        return jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE payloadtype = :type ORDER BY globalindex DESC LIMIT 500""")
                .param("type", NetworkFoundedEvent.class.getName())
                .query(String.class).list().stream()
                .flatMap(networkId -> visible(actor, networkId).stream())
                .toList();
    }

    private List<Listed> visible(Actor actor, String networkId) {
        try {
            var view = networks.view(actor, networkId, null);
            return List.of(new Listed(networkId, view.name(), view.kind(), view.foundedOn(), view.status()));
        } catch (AccessDeniedException notVisible) {
            return List.of();
        }
    }
}
