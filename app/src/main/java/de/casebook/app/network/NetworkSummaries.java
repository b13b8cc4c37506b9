package de.casebook.app.network;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.security.Actor;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import de.casebook.processes.network.NetworkProcesses;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Networks as cases: named by the network's name, found by it, summarised beside their tasks. */
@Component
class NetworkSummaries implements CaseSummaries {

    private final Networks networks;
    private final JdbcClient jdbc;

    NetworkSummaries(Networks networks, JdbcClient jdbc) {
        this.networks = networks;
        this.jdbc = jdbc;
    }

    @Override
    public String caseType() {
        return "network";
    }

    @Override
    public String aggregateType() {
        return Networks.NETWORK;
    }

    @Override
    public String processKey() {
        return NetworkProcesses.LIFECYCLE;
    }

    @Override
    public List<String> processKeys() {
        return List.of(NetworkProcesses.LIFECYCLE, NetworkProcesses.MEMBERSHIP, NetworkProcesses.GRANT);
    }

    @Override
    public boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return networks.maySeeInFull(actor, events);
    }

    @Override
    public String personName(Actor actor, String caseId) {
        return networks.view(actor, caseId, null).name();
    }

    @Override
    public NetworkView summary(Actor actor, String caseId, Instant asOf) {
        return networks.view(actor, caseId, asOf);
    }

    /** Networks founded in the actor's municipality whose name contains {@code person}. */
    @Override
    public List<FoundCase> search(Actor actor, String person, Instant openedFrom, Instant openedBefore) {
        return jdbc.sql("""
                        SELECT aggregateidentifier, timestamp, convert_from(payload, 'UTF8')::jsonb ->> 'name'
                        FROM domainevententry
                        WHERE payloadtype = :type
                          AND convert_from(metadata, 'UTF8')::jsonb ->> 'municipality' = :municipality
                          AND (CAST(:name AS TEXT) IS NULL
                               OR convert_from(payload, 'UTF8')::jsonb ->> 'name' ILIKE '%' || :name || '%')
                        ORDER BY globalindex DESC
                        LIMIT 500""")
                .param("type", NetworkFoundedEvent.class.getName())
                .param("municipality", actor.municipality())
                .param("name", person == null || person.isBlank() ? null : person.strip())
                .query((row, number) -> new FoundCase(row.getString(1), caseType(), row.getString(3),
                        Instant.parse(row.getString(2))))
                .list().stream()
                .filter(found -> found.openedBetween(openedFrom, openedBefore))
                .toList();
    }

    @Override
    public String summaryFragment() {
        return "network/summary :: summary";
    }
}
