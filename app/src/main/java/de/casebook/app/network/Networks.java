package de.casebook.app.network;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds networks and decides who may see and run them. The ministry sees every network; its named
 * coordinators and the staff of the founding municipality run it; its auditors and admins see it,
 * and so does anyone of a member or applicant municipality. Other municipalities' staff see what
 * they need to apply.
 */
@Component
class Networks {

    static final String NETWORK = "Network";
    private static final java.util.Set<Role> OFFICE = java.util.Set.of(Role.STAFF, Role.AUDITOR, Role.ADMIN);

    private final CaseEvents caseEvents;

    Networks(CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
    }

    /** The network's events up to {@code asOf}, if the actor may see it. */
    List<DomainEventMessage<?>> visibleEvents(Actor actor, String networkId, Instant asOf) {
        var events = caseEvents.existing(networkId, NETWORK);
        if (!maySeeInFull(actor, events)) {
            throw new AccessDeniedException("network.not-yours");
        }
        return asOf == null ? events : CaseEvents.existingAt(events, networkId, asOf);
    }

    boolean maySeeInFull(Actor actor, List<DomainEventMessage<?>> events) {
        return runs(actor, events) || oversees(actor, events) || involves(actor, NetworkView.of(events));
    }

    /**
     * The network as the actor may see it: in full, or, for the staff of a municipality that is not
     * involved (yet), what it needs to decide whether to apply: no applications, meetings or grants.
     */
    NetworkView view(Actor actor, String networkId, Instant asOf) {
        var events = caseEvents.existing(networkId, NETWORK);
        var now = NetworkView.of(events);
        var inFull = runs(actor, events) || oversees(actor, events) || involves(actor, now);
        if (!inFull && actor.role() != Role.STAFF) {
            throw new AccessDeniedException("network.not-yours");
        }
        var shown = asOf == null ? events : CaseEvents.existingAt(events, networkId, asOf);
        var view = shown.size() == events.size() ? now : NetworkView.of(shown);
        return inFull ? view : view.forOutsiders();
    }

    /**
     * Checks that the actor may act for the municipality in this network: those who run it for any
     * municipality, a municipality's staff for their own.
     */
    void requireMayActFor(Actor actor, String networkId, String municipality) {
        var events = caseEvents.existing(networkId, NETWORK);
        var forOwnMunicipality = actor.role() == Role.STAFF && actor.municipality().equals(municipality);
        if (!runs(actor, events) && !forOwnMunicipality) {
            throw new AccessDeniedException("network.not-yours");
        }
    }

    /** Checks that the actor runs the network: the ministry, a named coordinator, staff of the founding municipality. */
    void requireRuns(Actor actor, String networkId) {
        if (!runs(actor, networkId)) {
            throw new AccessDeniedException("network.not-yours");
        }
    }

    boolean runs(Actor actor, String networkId) {
        return runs(actor, caseEvents.existing(networkId, NETWORK));
    }

    private static boolean runs(Actor actor, List<DomainEventMessage<?>> events) {
        var founded = (NetworkFoundedEvent) events.get(0).getPayload();
        return switch (actor.role()) {
            case MINISTRY -> true;
            case COORDINATOR -> founded.coordinators().contains(actor.username());
            case STAFF -> actor.municipality().equals(CaseEvents.municipalityOf(events));
            default -> false;
        };
    }

    private static boolean oversees(Actor actor, List<DomainEventMessage<?>> events) {
        return (actor.role() == Role.AUDITOR || actor.role() == Role.ADMIN)
                && actor.municipality().equals(CaseEvents.municipalityOf(events));
    }

    /**
     * {@link #maySeeInFull} for the case index {@code c}: the ministry all; a coordinator the networks
     * naming them; staff, auditors and admins those founded in or joined by (or applied to by) their
     * municipality.
     */
    static String visibleCases(Actor actor) {
        return switch (actor.role()) {
            case MINISTRY -> "TRUE";
            case COORDINATOR -> ":actorUser = ANY (c.named_users)";
            case STAFF, AUDITOR, ADMIN -> "(c.municipality = :actorMunicipality OR EXISTS (SELECT 1 FROM network_member m"
                    + " WHERE m.network_id = c.case_id AND m.municipality = :actorMunicipality))";
            default -> "FALSE";
        };
    }

    private static boolean involves(Actor actor, NetworkView network) {
        if (!OFFICE.contains(actor.role())) {
            return false;
        }
        var ownMunicipality = actor.municipality();
        return network.members().stream().anyMatch(member -> member.municipality().equals(ownMunicipality))
                || network.applications().stream()
                        .anyMatch(application -> application.municipality().equals(ownMunicipality));
    }
}
