package de.casebook.app.network;

import static de.casebook.app.cases.CaseIndexing.CaseChange.to;

import de.casebook.app.cases.CaseIndexing;
import de.casebook.app.cases.CaseTypes;
import de.casebook.domain.network.api.NetworkClosedEvent;
import de.casebook.domain.network.api.NetworkEndingStartedEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** A network in the case index: named by its name, of its kind, seen by its coordinators. */
@Component
class NetworkIndexing implements CaseIndexing {

    /** The statuses of {@link NetworkView}, by the event that leads to them. */
    static final Map<Class<?>, CaseChange> CHANGES = Map.of(
            NetworkEndingStartedEvent.class, to("ending"),
            NetworkClosedEvent.class, to("closed").closing());

    static final String FOUNDED = "active";

    @Override
    public String caseType() {
        return CaseTypes.NETWORK;
    }

    @Override
    public String aggregateType() {
        return Networks.NETWORK;
    }

    @Override
    public OpenedCase opened(DomainEventMessage<?> first) {
        var founded = (NetworkFoundedEvent) first.getPayload();
        return new OpenedCase(founded.caseNumber(), founded.kind().code(), founded.name(), null,
                founded.coordinators(), FOUNDED);
    }

    @Override
    public CaseChange change(Class<?> eventType) {
        return CHANGES.get(eventType);
    }
}
