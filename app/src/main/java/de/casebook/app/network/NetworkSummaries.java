package de.casebook.app.network;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.security.Actor;
import de.casebook.processes.network.NetworkProcesses;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** Networks as cases: named by the network's name, found by it, summarised beside their tasks. */
@Component
class NetworkSummaries implements CaseSummaries {

    private final Networks networks;

    NetworkSummaries(Networks networks) {
        this.networks = networks;
    }

    @Override
    public String caseType() {
        return CaseTypes.NETWORK;
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

    /** Who may see a network depends on its members and applicants now. */
    @Override
    public boolean decidesOnFirstEvent() {
        return false;
    }

    @Override
    public String visibleCases(Actor actor) {
        return Networks.visibleCases(actor);
    }

    @Override
    public NetworkView summary(Actor actor, String caseId, Instant asOf) {
        return networks.view(actor, caseId, asOf);
    }

    @Override
    public String summaryFragment() {
        return "network/summary :: summary";
    }
}
