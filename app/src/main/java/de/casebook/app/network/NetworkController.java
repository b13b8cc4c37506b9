package de.casebook.app.network;

import de.casebook.app.cases.CaseHistory;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/networks")
class NetworkController {

    private static final Role[] RUNNING = {Role.MINISTRY, Role.COORDINATOR, Role.STAFF};
    private static final Role[] READING = {Role.MINISTRY, Role.COORDINATOR, Role.STAFF, Role.AUDITOR, Role.ADMIN};

    private final FoundingNetworks founding;
    private final JoiningNetworks joining;
    private final RequestingGrants requestingGrants;
    private final Networks networks;
    private final CaseHistory caseHistory;
    private final CurrentActor currentActor;

    NetworkController(FoundingNetworks founding, JoiningNetworks joining, RequestingGrants requestingGrants,
                      Networks networks, CaseHistory caseHistory, CurrentActor currentActor) {
        this.founding = founding;
        this.joining = joining;
        this.requestingGrants = requestingGrants;
        this.networks = networks;
        this.caseHistory = caseHistory;
        this.currentActor = currentActor;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Found a network of municipalities")
    @PostMapping
    ResponseEntity<Map<String, String>> found(@Valid @RequestBody FoundingNetworks.NetworkRequest request) {
        var networkId = founding.found(request, currentActor.actingAs(RUNNING));
        return ResponseEntity.created(URI.create("/api/networks/" + networkId)).body(Map.of("networkId", networkId));
    }

    @Operation(summary = "A network as its events tell it (as of an instant)")
    @GetMapping("/{networkId}")
    NetworkView network(@PathVariable String networkId, @RequestParam(required = false) Instant asOf) {
        return networks.view(currentActor.actingAs(READING), networkId, asOf);
    }

    @Operation(summary = "A network's history: every event with who, when, role and reason")
    @GetMapping("/{networkId}/history")
    List<CaseHistory.Entry> history(@PathVariable String networkId, @RequestParam(required = false) Instant until) {
        return caseHistory.entries(networks.visibleEvents(currentActor.actingAs(READING), networkId, until));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A municipality applies for membership")
    @PostMapping("/{networkId}/membership-applications")
    ResponseEntity<Map<String, String>> applyForMembership(
            @PathVariable String networkId, @Valid @RequestBody JoiningNetworks.MembershipApplication application) {
        var applicationId = joining.apply(networkId, application, currentActor.actingAs(RUNNING));
        return ResponseEntity.created(URI.create("/api/networks/" + networkId))
                .body(Map.of("applicationId", applicationId));
    }

    @Operation(summary = "Renew a member's membership for another term")
    @PostMapping("/{networkId}/members/{municipality}/renewal")
    Map<String, LocalDate> renewMembership(@PathVariable String networkId, @PathVariable String municipality) {
        return Map.of("memberUntil", joining.renew(networkId, municipality, currentActor.actingAs(RUNNING)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A member leaves the network, with a reason")
    @PostMapping("/{networkId}/members/{municipality}/leave")
    ResponseEntity<Void> leave(@PathVariable String networkId, @PathVariable String municipality,
                               @Valid @RequestBody JoiningNetworks.Leaving leaving) {
        joining.leave(networkId, municipality, leaving, currentActor.actingAs(RUNNING));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request a grant for a measure of the network")
    @PostMapping("/{networkId}/grant-requests")
    ResponseEntity<Map<String, String>> requestGrant(@PathVariable String networkId,
                                                     @Valid @RequestBody RequestingGrants.GrantRequest request) {
        var grantId = requestingGrants.request(networkId, request, currentActor.actingAs(RUNNING));
        return ResponseEntity.created(URI.create("/api/networks/" + networkId)).body(Map.of("grantId", grantId));
    }
}
