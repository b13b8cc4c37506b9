package de.casebook.app.network;

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
import de.casebook.domain.shared.CaseCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/** A network as its events tell it, up to any point in time. */
record NetworkView(String networkId, String caseNumber, String status, String name, String kind, String leadOrganisation,
                   List<String> coordinators, List<GoalView> goals, LocalDate endDate, int meetingsPerYear,
                   GrantRules grantRules, List<String> membershipPrerequisites, Integer membershipTermYears,
                   List<Member> members, List<Application> applications, List<Meeting> meetings,
                   List<Grant> grants, String endingReason, String finalReport, LocalDate closedOn,
                   LocalDate foundedOn) {

    record Member(String municipality, LocalDate since, LocalDate until) {
    }

    record Application(String applicationId, String municipality, String contactPerson,
                       LocalDate councilResolutionDate, boolean declarationSigned, String cardProgramme,
                       List<String> missingPrerequisites, String status, String reason) {

        Application decided(String newStatus, String why) {
            return new Application(applicationId, municipality, contactPerson, councilResolutionDate,
                    declarationSigned, cardProgramme, missingPrerequisites, newStatus, why);
        }
    }

    record Meeting(String meetingId, LocalDate heldOn, List<String> attendees, List<String> decisions) {
    }

    record GoalView(String goalId, String text, int reviewEveryMonths, String status, List<Review> reviews) {
    }

    record Review(LocalDate reviewedOn, String outcome, String comment) {
    }

    record Grant(String grantId, String municipality, String title, LocalDate requestedOn, LocalDate measureStart,
                 BigDecimal amountEur, List<String> targetGroups, String status, String advisoryRecommendation,
                 String advisoryComment, BigDecimal approvedAmountEur, Integer instalments, BigDecimal paidEur,
                 LocalDate followUpOn, String reason) {
    }

    /** A grant while its events are read. */
    private static final class GrantState {
        private final GrantRequestedEvent requested;
        private String status = "in-review";
        private String advisoryRecommendation;
        private String advisoryComment;
        private BigDecimal approvedAmountEur;
        private Integer instalments;
        private BigDecimal paidEur = BigDecimal.ZERO;
        private LocalDate followUpOn;
        private String reason;

        private GrantState(GrantRequestedEvent requested) {
            this.requested = requested;
        }

        private Grant view() {
            return new Grant(requested.grantId(), requested.municipality(), requested.title(), requested.requestedOn(),
                    requested.measureStart(), requested.amountEur(), requested.targetGroups(), status,
                    advisoryRecommendation, advisoryComment, approvedAmountEur, instalments, paidEur, followUpOn,
                    reason);
        }
    }

    /** Without what only those involved may see: applications (with contact persons), meetings, grants, reports. */
    NetworkView forOutsiders() {
        return new NetworkView(networkId, caseNumber, status, name, kind, leadOrganisation, coordinators, goals, endDate,
                meetingsPerYear, grantRules, membershipPrerequisites, membershipTermYears, members, List.of(),
                List.of(), List.of(), null, null, closedOn, foundedOn);
    }

    static NetworkView of(List<DomainEventMessage<?>> events) {
        return new Folding((NetworkFoundedEvent) events.get(0).getPayload()).fold(events,
                CaseCalendar.dayOf(events.get(0).getTimestamp()));
    }

    /** The running state while the events are read in order. */
    private static final class Folding {
        private final NetworkFoundedEvent founded;
        private final Map<String, Member> members = new LinkedHashMap<>();
        private final Map<String, Application> applications = new LinkedHashMap<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final Map<String, GoalView> goals = new LinkedHashMap<>();
        private final Map<String, GrantState> grants = new LinkedHashMap<>();
        private String status = "active";
        private String endingReason;
        private NetworkClosedEvent closed;

        private Folding(NetworkFoundedEvent founded) {
            this.founded = founded;
            founded.goals().forEach(goal -> goals.put(goal.goalId(),
                    new GoalView(goal.goalId(), goal.text(), goal.reviewEveryMonths(), "open", List.of())));
        }

        private NetworkView fold(List<DomainEventMessage<?>> events, LocalDate foundedOn) {
            events.forEach(message -> apply(message.getPayload()));
            var prerequisites = founded.membershipPrerequisites() == null ? List.<String>of()
                    : founded.membershipPrerequisites().stream().map(MembershipPrerequisite::code).toList();
            return new NetworkView(founded.networkId(), founded.caseNumber(), status, founded.name(), founded.kind().code(),
                    founded.leadOrganisation(), founded.coordinators(), List.copyOf(goals.values()), founded.endDate(),
                    founded.meetingsPerYear(), founded.grantRules(), prerequisites, founded.membershipTermYears(),
                    List.copyOf(members.values()), List.copyOf(applications.values()), meetings,
                    grants.values().stream().map(GrantState::view).toList(), endingReason, closed == null ? null : closed.finalReport(),
                    closed == null ? null : closed.closedOn(), foundedOn);
        }

        private void apply(Object event) {
            if (event instanceof MembershipAppliedEvent applied) {
                applications.put(applied.applicationId(), new Application(applied.applicationId(),
                        applied.municipality(), applied.contactPerson(), applied.councilResolutionDate(),
                        applied.declarationSigned(), applied.cardProgramme(),
                        applied.missingPrerequisites().stream().map(MembershipPrerequisite::code).toList(), "open",
                        null));
            } else if (event instanceof MembershipDeclinedEvent declined) {
                applications.computeIfPresent(declined.applicationId(),
                        (id, application) -> application.decided("declined", declined.reason()));
            } else if (event instanceof MemberAdmittedEvent admitted) {
                applications.computeIfPresent(admitted.applicationId(),
                        (id, application) -> application.decided("admitted", null));
                members.put(admitted.municipality(),
                        new Member(admitted.municipality(), admitted.admittedOn(), admitted.memberUntil()));
            } else if (event instanceof MembershipRenewedEvent renewed) {
                members.computeIfPresent(renewed.municipality(),
                        (name, member) -> new Member(name, member.since(), renewed.memberUntil()));
            } else if (event instanceof MembershipExpiredEvent expired) {
                members.remove(expired.municipality());
            } else if (event instanceof MemberLeftEvent left) {
                members.remove(left.municipality());
            } else if (event instanceof MeetingHeldEvent meeting) {
                meetings.add(new Meeting(meeting.meetingId(), meeting.heldOn(), meeting.attendees(),
                        meeting.decisions()));
            } else if (event instanceof GoalReviewedEvent reviewed) {
                goals.computeIfPresent(reviewed.goalId(), (id, goal) -> reviewed(goal, reviewed));
            } else if (event instanceof NetworkEndingStartedEvent ending) {
                status = "ending";
                endingReason = ending.reason();
            } else if (event instanceof NetworkClosedEvent networkClosed) {
                status = "closed";
                closed = networkClosed;
            } else if (event instanceof GrantRequestedEvent requested) {
                grants.put(requested.grantId(), new GrantState(requested));
            } else {
                applyToGrant(event);
            }
        }

        private void applyToGrant(Object event) {
            if (event instanceof GrantReviewedEvent reviewed) {
                var grant = grants.get(reviewed.grantId());
                grant.status = "awaiting-decision";
                grant.advisoryRecommendation = reviewed.recommendApproval() ? "approve" : "decline";
                grant.advisoryComment = reviewed.comment();
            } else if (event instanceof GrantDeferredEvent deferred) {
                var grant = grants.get(deferred.grantId());
                grant.status = "waiting-for-budget";
                grant.followUpOn = deferred.followUpOn();
                grant.reason = deferred.reason();
            } else if (event instanceof GrantApprovedEvent approved) {
                var grant = grants.get(approved.grantId());
                grant.status = "approved";
                grant.followUpOn = null;
                grant.approvedAmountEur = approved.approvedAmountEur();
                grant.instalments = approved.instalments();
                grant.reason = approved.reason();
            } else if (event instanceof GrantInstalmentPaidEvent paid) {
                var grant = grants.get(paid.grantId());
                grant.status = paid.paidInFull() ? "paid" : "partly-paid";
                grant.paidEur = grant.paidEur.add(paid.amountEur());
            } else if (event instanceof GrantDeclinedEvent declined) {
                var grant = grants.get(declined.grantId());
                grant.status = "declined";
                grant.followUpOn = null;
                grant.reason = declined.reason();
            } else if (event instanceof GrantClosedEvent grantClosed) {
                grants.get(grantClosed.grantId()).status = "closed";
            }
        }

        private static GoalView reviewed(GoalView goal, GoalReviewedEvent reviewed) {
            var reviews = new ArrayList<>(goal.reviews());
            reviews.add(new Review(reviewed.reviewedOn(), reviewed.outcome().code(), reviewed.comment()));
            var status = reviewed.outcome() == GoalReviewOutcome.ACHIEVED ? "achieved" : goal.status();
            var text = reviewed.newText() != null ? reviewed.newText() : goal.text();
            return new GoalView(goal.goalId(), text, goal.reviewEveryMonths(), status, List.copyOf(reviews));
        }
    }
}
