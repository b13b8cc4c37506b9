package de.casebook.app.network;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.cases.CaseHistory;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/networks")
class NetworkController {

    static final String NETWORK = "Network";

    private final FoundingNetworks founding;
    private final CaseEvents caseEvents;
    private final CaseHistory caseHistory;
    private final CurrentActor currentActor;

    NetworkController(FoundingNetworks founding, CaseEvents caseEvents, CaseHistory caseHistory,
                      CurrentActor currentActor) {
        this.founding = founding;
        this.caseEvents = caseEvents;
        this.caseHistory = caseHistory;
        this.currentActor = currentActor;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> found(@Valid @RequestBody FoundingNetworks.NetworkRequest request) {
        var networkId = founding.found(request, currentActor.actingAs(Role.MINISTRY, Role.COORDINATOR, Role.STAFF));
        return ResponseEntity.created(URI.create("/api/networks/" + networkId)).body(Map.of("networkId", networkId));
    }

    @GetMapping("/{networkId}")
    NetworkView network(@PathVariable String networkId, @RequestParam(required = false) Instant asOf) {
        var events = CaseEvents.until(visibleEvents(networkId), asOf);
        if (events.isEmpty()) {
            throw ApiException.notFound("case.not-yet-existing", networkId, asOf);
        }
        return NetworkView.of(events);
    }

    @GetMapping("/{networkId}/history")
    List<CaseHistory.Entry> history(@PathVariable String networkId, @RequestParam(required = false) Instant until) {
        return caseHistory.entries(CaseEvents.until(visibleEvents(networkId), until));
    }

    /** The ministry sees every network, coordinators theirs, everyone else their municipality's. */
    private List<DomainEventMessage<?>> visibleEvents(String networkId) {
        var actor = currentActor.actingAs(Role.MINISTRY, Role.COORDINATOR, Role.STAFF, Role.AUDITOR, Role.ADMIN);
        var events = caseEvents.existing(networkId, NETWORK);
        var founded = (NetworkFoundedEvent) events.get(0).getPayload();
        var coordinatesIt = actor.role() == Role.COORDINATOR && founded.coordinators().contains(actor.username());
        if (!coordinatesIt && !actor.belongsTo(CaseEvents.municipalityOf(events))) {
            throw new AccessDeniedException("network.not-yours");
        }
        return events;
    }
}
