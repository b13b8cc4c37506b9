package de.casebook.domain.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.network.api.AdmitMemberCommand;
import de.casebook.domain.network.api.DeclineGrantCommand;
import de.casebook.domain.network.api.FoundNetworkCommand;
import de.casebook.domain.network.api.GrantDeclinedEvent;
import de.casebook.domain.network.api.GrantRequestedEvent;
import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.network.api.LeaveNetworkCommand;
import de.casebook.domain.network.api.MemberAdmittedEvent;
import de.casebook.domain.network.api.MemberLeftEvent;
import de.casebook.domain.network.api.NetworkEndingStartedEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import de.casebook.domain.network.api.RequestGrantCommand;
import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A network of municipalities: founded with goals and a time limit, joined by members, granting
 * small development grants, and ended when its goals are met or its time is up.
 */
public class Network {

    @AggregateIdentifier
    private String networkId;
    private GrantRules grantRules;
    private boolean ending;
    private final Set<String> members = new HashSet<>();
    private final GrantLedger grants = new GrantLedger();

    protected Network() {
        // for Axon
    }

    @CommandHandler
    public Network(FoundNetworkCommand command, Clock clock) {
        if (command.coordinators().isEmpty()) {
            throw new RuleViolationException("network.coordinator-required");
        }
        if (command.goals().isEmpty() || command.goals().stream().anyMatch(goal -> goal.reviewEveryMonths() < 1)) {
            throw new RuleViolationException("network.goals-invalid");
        }
        if (command.meetingsPerYear() < 1) {
            throw new RuleViolationException("network.meetings-invalid");
        }
        if (command.endDate() != null && !command.endDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("network.end-in-past");
        }
        apply(new NetworkFoundedEvent(command.networkId(), command.name(), command.kind(), command.leadOrganisation(),
                List.copyOf(command.coordinators()), List.copyOf(command.goals()), command.endDate(),
                command.meetingsPerYear(), command.grantRules()));
    }

    @CommandHandler
    public void handle(AdmitMemberCommand command) {
        requireNotEnding();
        if (members.contains(command.municipality())) {
            throw new CaseStateConflictException("network.already-member", command.municipality());
        }
        apply(new MemberAdmittedEvent(networkId, command.municipality()));
    }

    @CommandHandler
    public void handle(LeaveNetworkCommand command) {
        requireMember(command.municipality());
        apply(new MemberLeftEvent(networkId, command.municipality(), command.reason()));
    }

    @CommandHandler
    public void handle(RequestGrantCommand command, Clock clock) {
        requireNotEnding();
        requireMember(command.municipality());
        var today = LocalDate.now(clock);
        grants.check(grantRules, command.municipality(), command.amountEur(), command.measureStart(), today);
        apply(new GrantRequestedEvent(networkId, command.grantId(), command.municipality(), command.title(), today,
                command.measureStart(), command.amountEur(), List.copyOf(command.targetGroups())));
    }

    @CommandHandler
    public void handle(DeclineGrantCommand command) {
        if (!grants.contains(command.grantId())) {
            throw new CaseStateConflictException("grant.not-open", command.grantId());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolationException("reason.required");
        }
        apply(new GrantDeclinedEvent(networkId, command.grantId(), grants.municipalityOf(command.grantId()),
                command.reason()));
    }

    @CommandHandler
    public void handle(StartEndingCommand command) {
        requireNotEnding();
        apply(new NetworkEndingStartedEvent(networkId, command.reason()));
    }

    private void requireNotEnding() {
        if (ending) {
            throw new CaseStateConflictException("network.ending");
        }
    }

    private void requireMember(String municipality) {
        if (!members.contains(municipality)) {
            throw new RuleViolationException("network.not-a-member", municipality);
        }
    }

    @EventSourcingHandler
    void on(NetworkFoundedEvent event) {
        networkId = event.networkId();
        grantRules = event.grantRules();
    }

    @EventSourcingHandler
    void on(MemberAdmittedEvent event) {
        members.add(event.municipality());
    }

    @EventSourcingHandler
    void on(MemberLeftEvent event) {
        members.remove(event.municipality());
    }

    @EventSourcingHandler
    void on(GrantRequestedEvent event) {
        grants.requested(event.grantId(), event.municipality(), event.requestedOn(), event.amountEur());
    }

    @EventSourcingHandler
    void on(GrantDeclinedEvent event) {
        grants.declined(event.grantId());
    }

    @EventSourcingHandler
    void on(NetworkEndingStartedEvent event) {
        ending = true;
    }
}
