package de.casebook.domain.network;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.network.GrantLedger.Stage;
import de.casebook.domain.network.api.AcceptProofOfUseCommand;
import de.casebook.domain.network.api.ApplyForMembershipCommand;
import de.casebook.domain.network.api.ApproveGrantCommand;
import de.casebook.domain.network.api.CloseNetworkCommand;
import de.casebook.domain.network.api.DecideMembershipCommand;
import de.casebook.domain.network.api.DeclineGrantCommand;
import de.casebook.domain.network.api.DeferGrantCommand;
import de.casebook.domain.network.api.EndMembershipTermCommand;
import de.casebook.domain.network.api.EndingProposalDeclinedEvent;
import de.casebook.domain.network.api.FoundNetworkCommand;
import de.casebook.domain.network.api.GoalReviewOutcome;
import de.casebook.domain.network.api.GoalReviewedEvent;
import de.casebook.domain.network.api.GrantApprovedEvent;
import de.casebook.domain.network.api.GrantClosedEvent;
import de.casebook.domain.network.api.GrantDeclinedEvent;
import de.casebook.domain.network.api.GrantDeferredEvent;
import de.casebook.domain.network.api.GrantInstalmentPaidEvent;
import de.casebook.domain.network.api.GrantRequestedEvent;
import de.casebook.domain.network.api.GrantReviewedEvent;
import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.network.api.KeepNetworkRunningCommand;
import de.casebook.domain.network.api.LeaveNetworkCommand;
import de.casebook.domain.network.api.MeetingHeldEvent;
import de.casebook.domain.network.api.MemberAdmittedEvent;
import de.casebook.domain.network.api.MemberLeftEvent;
import de.casebook.domain.network.api.MembershipAppliedEvent;
import de.casebook.domain.network.api.MembershipDeclinedEvent;
import de.casebook.domain.network.api.MembershipExpiredEvent;
import de.casebook.domain.network.api.MembershipPrerequisite;
import de.casebook.domain.network.api.MembershipRenewedEvent;
import de.casebook.domain.network.api.NetworkClosedEvent;
import de.casebook.domain.network.api.NetworkEndingStartedEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import de.casebook.domain.network.api.RecordGrantPaymentCommand;
import de.casebook.domain.network.api.RecordMeetingCommand;
import de.casebook.domain.network.api.RenewMembershipCommand;
import de.casebook.domain.network.api.RequestGrantCommand;
import de.casebook.domain.network.api.ReviewGoalCommand;
import de.casebook.domain.network.api.ReviewGrantCommand;
import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.ProcessMigratedEvent;
import de.casebook.domain.shared.RecordProcessMigrationCommand;
import de.casebook.domain.shared.Required;
import de.casebook.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A network of municipalities: founded with goals and a time limit, joined by members who meet the
 * network's prerequisites, meeting and reviewing its goals, granting small development grants, and
 * ended when its goals are met or its time is up.
 */
public class Network {

    private enum Phase { ACTIVE, ENDING, CLOSED }

    private record Application(String municipality, boolean complete) {
    }

    @AggregateIdentifier
    private String networkId;
    private GrantRules grantRules;
    private List<MembershipPrerequisite> prerequisites;
    private Integer membershipTermYears;
    private Phase phase = Phase.ACTIVE;
    /** Member municipalities and the last day of their membership (absent when memberships have no term). */
    private final Map<String, LocalDate> members = new HashMap<>();
    private final Map<String, Application> openApplications = new HashMap<>();
    private final Set<String> openGoals = new HashSet<>();
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
        if (command.membershipTermYears() != null && command.membershipTermYears() < 1) {
            throw new RuleViolationException("network.term-invalid");
        }
        apply(new NetworkFoundedEvent(command.networkId(), command.caseNumber(), command.name(), command.kind(), command.leadOrganisation(),
                List.copyOf(command.coordinators()), List.copyOf(command.goals()), command.endDate(),
                command.meetingsPerYear(), command.grantRules(), List.copyOf(command.membershipPrerequisites()),
                command.membershipTermYears()));
    }

    @CommandHandler
    public void handle(ApplyForMembershipCommand command) {
        requireActive();
        requireNotMember(command.municipality());
        if (openApplications.values().stream().anyMatch(open -> open.municipality().equals(command.municipality()))) {
            throw new CaseStateConflictException("membership.already-applied", command.municipality());
        }
        var missing = prerequisites.stream().filter(prerequisite -> !prerequisite.metBy(command)).toList();
        apply(new MembershipAppliedEvent(networkId, command.applicationId(), command.municipality(),
                command.contactPerson(), command.councilResolutionDate(), command.declarationSigned(),
                command.cardProgramme(), missing));
    }

    /** Returns the last day of the new membership, or null when declined or without a term. */
    @CommandHandler
    public LocalDate handle(DecideMembershipCommand command, Clock clock) {
        var application = openApplications.get(command.applicationId());
        if (application == null) {
            throw new CaseStateConflictException("membership.not-open", command.applicationId());
        }
        if (!command.admit()) {
            Required.reason(command.reason());
            apply(new MembershipDeclinedEvent(networkId, command.applicationId(), application.municipality(),
                    command.reason()));
            return null;
        }
        requireActive();
        requireNotMember(application.municipality());
        if (!application.complete()) {
            throw new RuleViolationException("membership.prerequisites-missing");
        }
        var today = LocalDate.now(clock);
        var until = membershipTermYears == null ? null : today.plusYears(membershipTermYears).minusDays(1);
        apply(new MemberAdmittedEvent(networkId, command.applicationId(), application.municipality(), today, until));
        return until;
    }

    /** Returns the new last day of the membership. */
    @CommandHandler
    public LocalDate handle(RenewMembershipCommand command) {
        requireActive();
        requireMember(command.municipality());
        var until = members.get(command.municipality());
        if (until == null) {
            throw new CaseStateConflictException("membership.without-term", command.municipality());
        }
        var renewedUntil = until.plusYears(membershipTermYears);
        apply(new MembershipRenewedEvent(networkId, command.municipality(), renewedUntil));
        return renewedUntil;
    }

    /** Sent by the membership process when the term is over; a renewal or leaving in between wins. */
    @CommandHandler
    public void handle(EndMembershipTermCommand command, Clock clock) {
        var until = members.get(command.municipality());
        var today = LocalDate.now(clock);
        if (until != null && until.isBefore(today)) {
            apply(new MembershipExpiredEvent(networkId, command.municipality(), today));
        }
    }

    @CommandHandler
    public void handle(LeaveNetworkCommand command) {
        requireMember(command.municipality());
        apply(new MemberLeftEvent(networkId, command.municipality(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordMeetingCommand command, Clock clock) {
        if (command.heldOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("meeting.in-future");
        }
        if (command.attendees().isEmpty()) {
            throw new RuleViolationException("meeting.attendees-required");
        }
        command.attendees().forEach(this::requireMember);
        apply(new MeetingHeldEvent(networkId, command.meetingId(), command.heldOn(), List.copyOf(command.attendees()),
                List.copyOf(command.decisions())));
    }

    @CommandHandler
    public void handle(ReviewGoalCommand command, Clock clock) {
        if (!openGoals.contains(command.goalId())) {
            throw new CaseStateConflictException("goal.not-open", command.goalId());
        }
        var newText = command.newText() == null ? null : command.newText().strip();
        if (command.outcome() == GoalReviewOutcome.ADJUST && (newText == null || newText.isEmpty())) {
            throw new RuleViolationException("goal.new-text-required");
        }
        apply(new GoalReviewedEvent(networkId, command.goalId(), command.outcome(),
                command.outcome() == GoalReviewOutcome.ADJUST ? newText : null, command.comment(),
                LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(StartEndingCommand command) {
        requireActive();
        apply(new NetworkEndingStartedEvent(networkId, command.reason()));
    }

    @CommandHandler
    public void handle(KeepNetworkRunningCommand command) {
        requireActive();
        Required.reason(command.reason());
        apply(new EndingProposalDeclinedEvent(networkId, command.reason()));
    }

    @CommandHandler
    public void handle(CloseNetworkCommand command, Clock clock) {
        if (phase != Phase.ENDING) {
            throw new CaseStateConflictException("network.not-ending");
        }
        Required.text(command.finalReport(), "network.final-report-required");
        apply(new NetworkClosedEvent(networkId, command.finalReport().strip(), LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(RequestGrantCommand command, Clock clock) {
        requireActive();
        requireMember(command.municipality());
        var today = LocalDate.now(clock);
        grants.checkRequest(grantRules, command.municipality(), command.amountEur(), command.measureStart(), today);
        apply(new GrantRequestedEvent(networkId, command.grantId(), command.municipality(), command.title(), today,
                command.measureStart(), command.amountEur(), List.copyOf(command.targetGroups())));
    }

    @CommandHandler
    public void handle(ReviewGrantCommand command) {
        grants.requireAt(command.grantId(), Stage.REQUESTED);
        if (!command.recommendApproval()) {
            Required.reason(command.comment());
        }
        apply(new GrantReviewedEvent(networkId, command.grantId(), command.recommendApproval(), command.comment()));
    }

    @CommandHandler
    public void handle(ApproveGrantCommand command) {
        grants.checkApproval(command.grantId(), command.approvedAmountEur(), command.instalments());
        apply(new GrantApprovedEvent(networkId, command.grantId(), grants.municipalityOf(command.grantId()),
                command.approvedAmountEur(), command.instalments(), command.reason()));
    }

    @CommandHandler
    public void handle(DeferGrantCommand command, Clock clock) {
        grants.requireAt(command.grantId(), Stage.REVIEWED, Stage.DEFERRED);
        if (command.followUpOn() == null || !command.followUpOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("grant.follow-up-invalid");
        }
        apply(new GrantDeferredEvent(networkId, command.grantId(), command.followUpOn(), command.reason()));
    }

    @CommandHandler
    public void handle(DeclineGrantCommand command) {
        grants.requireAt(command.grantId(), Stage.REQUESTED, Stage.REVIEWED, Stage.DEFERRED);
        Required.reason(command.reason());
        apply(new GrantDeclinedEvent(networkId, command.grantId(), grants.municipalityOf(command.grantId()),
                command.reason()));
    }

    /** Returns whether the grant is paid in full with this instalment. */
    @CommandHandler
    public boolean handle(RecordGrantPaymentCommand command, Clock clock) {
        var instalment = grants.checkPayment(command.grantId(), command.amountEur());
        if (command.paidOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("grant.paid-in-future");
        }
        var paidInFull = grants.paidInFullAfter(command.grantId(), command.amountEur());
        apply(new GrantInstalmentPaidEvent(networkId, command.grantId(), instalment, command.amountEur(),
                command.paidOn(), paidInFull));
        return paidInFull;
    }

    @CommandHandler
    public void handle(AcceptProofOfUseCommand command) {
        grants.checkProofOfUse(command.grantId());
        apply(new GrantClosedEvent(networkId, command.grantId(), command.comment()));
    }

    private void requireActive() {
        if (phase != Phase.ACTIVE) {
            throw new CaseStateConflictException("network.ending");
        }
    }

    private void requireMember(String municipality) {
        if (!members.containsKey(municipality)) {
            throw new RuleViolationException("network.not-a-member", municipality);
        }
    }

    private void requireNotMember(String municipality) {
        if (members.containsKey(municipality)) {
            throw new CaseStateConflictException("network.already-member", municipality);
        }
    }

    /** The case's process moved to another version of its model (an administrator's migration). */
    @CommandHandler(commandName = "Network.RecordProcessMigration")
    public void handle(RecordProcessMigrationCommand command) {
        apply(new ProcessMigratedEvent(networkId, command.processKey(), command.fromVersion(), command.toVersion()));
    }

    @EventSourcingHandler
    void on(NetworkFoundedEvent event) {
        networkId = event.networkId();
        grantRules = event.grantRules();
        prerequisites = event.membershipPrerequisites() == null ? List.of() : event.membershipPrerequisites();
        membershipTermYears = event.membershipTermYears();
        event.goals().forEach(goal -> openGoals.add(goal.goalId()));
    }

    @EventSourcingHandler
    void on(MembershipAppliedEvent event) {
        openApplications.put(event.applicationId(),
                new Application(event.municipality(), event.missingPrerequisites().isEmpty()));
    }

    @EventSourcingHandler
    void on(MembershipDeclinedEvent event) {
        openApplications.remove(event.applicationId());
    }

    @EventSourcingHandler
    void on(MemberAdmittedEvent event) {
        openApplications.remove(event.applicationId());
        members.put(event.municipality(), event.memberUntil());
    }

    @EventSourcingHandler
    void on(MembershipRenewedEvent event) {
        members.put(event.municipality(), event.memberUntil());
    }

    @EventSourcingHandler
    void on(MembershipExpiredEvent event) {
        members.remove(event.municipality());
    }

    @EventSourcingHandler
    void on(MemberLeftEvent event) {
        members.remove(event.municipality());
    }

    @EventSourcingHandler
    void on(GoalReviewedEvent event) {
        if (event.outcome() == GoalReviewOutcome.ACHIEVED) {
            openGoals.remove(event.goalId());
        }
    }

    @EventSourcingHandler
    void on(NetworkEndingStartedEvent event) {
        phase = Phase.ENDING;
    }

    @EventSourcingHandler
    void on(NetworkClosedEvent event) {
        phase = Phase.CLOSED;
    }

    @EventSourcingHandler
    void on(GrantRequestedEvent event) {
        grants.requested(event.grantId(), event.municipality(), event.requestedOn(), event.amountEur());
    }

    @EventSourcingHandler
    void on(GrantReviewedEvent event) {
        grants.moved(event.grantId(), Stage.REVIEWED);
    }

    @EventSourcingHandler
    void on(GrantDeferredEvent event) {
        grants.moved(event.grantId(), Stage.DEFERRED);
    }

    @EventSourcingHandler
    void on(GrantDeclinedEvent event) {
        grants.moved(event.grantId(), Stage.DECLINED);
    }

    @EventSourcingHandler
    void on(GrantApprovedEvent event) {
        grants.approved(event.grantId(), event.approvedAmountEur(), event.instalments());
    }

    @EventSourcingHandler
    void on(GrantInstalmentPaidEvent event) {
        grants.paid(event.grantId(), event.amountEur());
    }

    @EventSourcingHandler
    void on(GrantClosedEvent event) {
        grants.moved(event.grantId(), Stage.CLOSED);
    }
}
