package de.casebook.domain.network;

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
import de.casebook.domain.network.api.Goal;
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
import de.casebook.domain.network.api.NetworkKind;
import de.casebook.domain.network.api.RecordGrantPaymentCommand;
import de.casebook.domain.network.api.RecordMeetingCommand;
import de.casebook.domain.network.api.RenewMembershipCommand;
import de.casebook.domain.network.api.RequestGrantCommand;
import de.casebook.domain.network.api.ReviewGoalCommand;
import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkAggregateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final GrantRules KEB = new GrantRules(new BigDecimal("3000"), 2, new BigDecimal("3000"), 28, true);
    static final List<MembershipPrerequisite> PREREQUISITES =
            List.of(MembershipPrerequisite.CONTACT_PERSON, MembershipPrerequisite.DECLARATION_SIGNED);
    static final List<Goal> GOALS = List.of(new Goal("g1", "Ehrenamtskarte in allen Mitgliedskommunen", 12));

    private AggregateTestFixture<Network> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Network.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(CaseCalendar.ZONE).plusHours(10)
                .toInstant(), CaseCalendar.ZONE));
    }

    static NetworkFoundedEvent founded() {
        return new NetworkFoundedEvent("n1", "NW-2026-0001", "Kommunen-Netzwerk", NetworkKind.MUNICIPALITIES, "Landesnetzwerk",
                List.of("coordinator"), GOALS, LocalDate.of(2029, 12, 31), 2, KEB,
                PREREQUISITES, 3);
    }

    static MemberAdmittedEvent admitted(String municipality) {
        return new MemberAdmittedEvent("n1", "a1", municipality, TODAY, TODAY.plusYears(3).minusDays(1));
    }

    static ApplyForMembershipCommand apply(String applicationId, boolean declarationSigned) {
        return new ApplyForMembershipCommand("n1", applicationId, "musterstadt", "Frau Beispiel", null,
                declarationSigned, "nrw");
    }

    static MembershipAppliedEvent applied(String applicationId, List<MembershipPrerequisite> missing) {
        return new MembershipAppliedEvent("n1", applicationId, "musterstadt", "Frau Beispiel", null, missing.isEmpty(),
                "nrw", missing);
    }

    static RequestGrantCommand grant(String id, String amount, LocalDate start) {
        return new RequestGrantCommand("n1", id, "musterstadt", "Engagement-Werkstatt", start, new BigDecimal(amount),
                List.of("Jugendliche"));
    }

    static GrantRequestedEvent requested(String id, String amount, LocalDate start) {
        return new GrantRequestedEvent("n1", id, "musterstadt", "Engagement-Werkstatt", TODAY, start,
                new BigDecimal(amount), List.of("Jugendliche"));
    }

    @Test
    void foundsANetworkWithGoalsAndATimeLimit() {
        fixture.givenNoPriorActivity()
                .when(new FoundNetworkCommand("n1", "NW-2026-0001", "Kommunen-Netzwerk", NetworkKind.MUNICIPALITIES, "Landesnetzwerk",
                        List.of("coordinator"), GOALS, LocalDate.of(2029, 12, 31), 2, KEB, PREREQUISITES, 3))
                .expectEvents(founded());
    }

    @Test
    void rejectsANetworkWithoutGoalsOrWithAnEndInThePast() {
        fixture.givenNoPriorActivity()
                .when(new FoundNetworkCommand("n1", "NW-2026-0001", "N", NetworkKind.CITIES, "L", List.of("coordinator"), List.of(),
                        null, 2, KEB, PREREQUISITES, null))
                .expectException(RuleViolationException.class);
        fixture.givenNoPriorActivity()
                .when(new FoundNetworkCommand("n1", "NW-2026-0001", "N", NetworkKind.CITIES, "L", List.of("coordinator"), GOALS,
                        TODAY, 2, KEB, PREREQUISITES, null))
                .expectException(RuleViolationException.class);
    }

    @Test
    void admitsAnApplicantThatMeetsThePrerequisitesOnceAndLetsThemLeave() {
        fixture.given(founded()).when(apply("a1", true))
                .expectEvents(applied("a1", List.of()));
        fixture.given(founded(), applied("a1", List.of()))
                .when(new DecideMembershipCommand("n1", "a1", true, null))
                .expectEvents(admitted("musterstadt"));
        fixture.given(founded(), applied("a1", List.of()), admitted("musterstadt"))
                .when(apply("a2", true))
                .expectException(CaseStateConflictException.class);
        fixture.given(founded(), admitted("musterstadt"))
                .when(new LeaveNetworkCommand("n1", "musterstadt", "Ratsbeschluss"))
                .expectEvents(new MemberLeftEvent("n1", "musterstadt", "Ratsbeschluss"));
    }

    @Test
    void anApplicationMissingAPrerequisiteIsRecordedButCannotBeAdmitted() {
        var missing = List.of(MembershipPrerequisite.DECLARATION_SIGNED);
        fixture.given(founded()).when(apply("a1", false))
                .expectEvents(applied("a1", missing));
        fixture.given(founded(), applied("a1", missing))
                .when(new DecideMembershipCommand("n1", "a1", true, null))
                .expectExceptionMessage("membership.prerequisites-missing[]");
        fixture.given(founded(), applied("a1", missing))
                .when(new DecideMembershipCommand("n1", "a1", false, " "))
                .expectExceptionMessage("reason.required[]");
        fixture.given(founded(), applied("a1", missing))
                .when(new DecideMembershipCommand("n1", "a1", false, "Erklärung fehlt"))
                .expectEvents(new MembershipDeclinedEvent("n1", "a1", "musterstadt", "Erklärung fehlt"));
        fixture.given(founded(), applied("a1", missing), new MembershipDeclinedEvent("n1", "a1", "musterstadt", "x"))
                .when(new DecideMembershipCommand("n1", "a1", false, "nochmal"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void aMembershipWithATermIsRenewedOrExpires() {
        fixture.given(founded(), admitted("musterstadt"))
                .when(new RenewMembershipCommand("n1", "musterstadt"))
                .expectEvents(new MembershipRenewedEvent("n1", "musterstadt", TODAY.plusYears(6).minusDays(1)));
        fixture.given(founded(), admitted("musterstadt"))
                .when(new EndMembershipTermCommand("n1", "musterstadt"))
                .expectNoEvents();
        fixture.given(founded(), new MemberAdmittedEvent("n1", "a1", "musterstadt", TODAY.minusYears(3),
                        TODAY.minusDays(1)))
                .when(new EndMembershipTermCommand("n1", "musterstadt"))
                .expectEvents(new MembershipExpiredEvent("n1", "musterstadt", TODAY));
    }

    @Test
    void meetingsAreRecordedWithMembersOnly() {
        fixture.given(founded(), admitted("musterstadt"))
                .when(new RecordMeetingCommand("n1", "m1", TODAY, List.of("musterstadt"), List.of("Sprecherteam gewählt")))
                .expectEvents(new MeetingHeldEvent("n1", "m1", TODAY, List.of("musterstadt"),
                        List.of("Sprecherteam gewählt")));
        fixture.given(founded(), admitted("musterstadt"))
                .when(new RecordMeetingCommand("n1", "m1", TODAY, List.of("beispielheim"), List.of()))
                .expectExceptionMessage("network.not-a-member[beispielheim]");
        fixture.given(founded(), admitted("musterstadt"))
                .when(new RecordMeetingCommand("n1", "m1", TODAY.plusDays(1), List.of("musterstadt"), List.of()))
                .expectExceptionMessage("meeting.in-future[]");
    }

    @Test
    void goalsAreReviewedAdjustedAndAchievedOnce() {
        fixture.given(founded())
                .when(new ReviewGoalCommand("n1", "g1", GoalReviewOutcome.ADJUST, " ", null))
                .expectExceptionMessage("goal.new-text-required[]");
        fixture.given(founded())
                .when(new ReviewGoalCommand("n1", "g1", GoalReviewOutcome.ADJUST, " Karte in 10 Kommunen ", "ok"))
                .expectEvents(new GoalReviewedEvent("n1", "g1", GoalReviewOutcome.ADJUST, "Karte in 10 Kommunen", "ok",
                        TODAY));
        fixture.given(founded(), new GoalReviewedEvent("n1", "g1", GoalReviewOutcome.ACHIEVED, null, null, TODAY))
                .when(new ReviewGoalCommand("n1", "g1", GoalReviewOutcome.CONTINUE, null, null))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void anEndingNetworkClosesWithAFinalReportOnly() {
        fixture.given(founded())
                .when(new CloseNetworkCommand("n1", "Abschlussbericht"))
                .expectExceptionMessage("network.not-ending[]");
        fixture.given(founded(), new NetworkEndingStartedEvent("n1", "Enddatum erreicht"))
                .when(new CloseNetworkCommand("n1", " "))
                .expectExceptionMessage("network.final-report-required[]");
        fixture.given(founded(), new NetworkEndingStartedEvent("n1", "Enddatum erreicht"))
                .when(new CloseNetworkCommand("n1", "Abschlussbericht"))
                .expectEvents(new NetworkClosedEvent("n1", "Abschlussbericht", TODAY));
        fixture.given(founded())
                .when(new KeepNetworkRunningCommand("n1", "Ziel 2 noch offen"))
                .expectEvents(new EndingProposalDeclinedEvent("n1", "Ziel 2 noch offen"));
    }

    @Test
    void aGrantIsReviewedApprovedPaidInTwoInstalmentsAndClosedByProofOfUse() {
        var start = TODAY.plusDays(40);
        var reviewed = new GrantReviewedEvent("n1", "k1", true, "förderfähig");
        var approved = new GrantApprovedEvent("n1", "k1", "musterstadt", new BigDecimal("2000"), 2, null);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start))
                .when(new ApproveGrantCommand("n1", "k1", new BigDecimal("2000"), 2, null))
                .expectException(CaseStateConflictException.class);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start), reviewed)
                .when(new ApproveGrantCommand("n1", "k1", new BigDecimal("2500.01"), 2, null))
                .expectExceptionMessage("grant.approved-amount-invalid[2500]");
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start), reviewed)
                .when(new ApproveGrantCommand("n1", "k1", new BigDecimal("2000"), 2, null))
                .expectEvents(approved);
        var first = new GrantInstalmentPaidEvent("n1", "k1", 1, new BigDecimal("1200"), TODAY, false);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start), reviewed, approved)
                .when(new RecordGrantPaymentCommand("n1", "k1", new BigDecimal("1200"), TODAY))
                .expectEvents(first);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start), reviewed, approved, first)
                .when(new RecordGrantPaymentCommand("n1", "k1", new BigDecimal("700"), TODAY))
                .expectExceptionMessage("grant.payment-invalid[800, 2, 2]");
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start), reviewed, approved, first)
                .when(new AcceptProofOfUseCommand("n1", "k1", "ok"))
                .expectException(CaseStateConflictException.class);
        var second = new GrantInstalmentPaidEvent("n1", "k1", 2, new BigDecimal("800"), TODAY, true);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start), reviewed, approved, first,
                        second)
                .when(new AcceptProofOfUseCommand("n1", "k1", "Verwendungsnachweis geprüft"))
                .expectEvents(new GrantClosedEvent("n1", "k1", "Verwendungsnachweis geprüft"));
    }

    @Test
    void aGrantMayWaitForBudgetUntilAFollowUpDate() {
        var start = TODAY.plusDays(40);
        var reviewed = new GrantReviewedEvent("n1", "k1", true, null);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "1000", start), reviewed)
                .when(new DeferGrantCommand("n1", "k1", TODAY, "Haushalt"))
                .expectExceptionMessage("grant.follow-up-invalid[]");
        var deferred = new GrantDeferredEvent("n1", "k1", TODAY.plusDays(14), "Haushaltssperre");
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "1000", start), reviewed)
                .when(new DeferGrantCommand("n1", "k1", TODAY.plusDays(14), "Haushaltssperre"))
                .expectEvents(deferred);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "1000", start), reviewed, deferred)
                .when(new ApproveGrantCommand("n1", "k1", new BigDecimal("1000"), 1, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void grantsUpToThreeThousandEuroButNotACentMore() {
        var start = TODAY.plusDays(40);
        fixture.given(founded(), admitted("musterstadt"))
                .when(grant("k1", "3000.00", start))
                .expectEvents(requested("k1", "3000.00", start));
        fixture.given(founded(), admitted("musterstadt"))
                .when(grant("k1", "3000.01", start))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("grant.amount-too-high[3000]");
    }

    @Test
    void aThirdRequestInAYearIsRejectedAndSoIsMoreThanTheYearlyTotal() {
        var start = TODAY.plusDays(40);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "1000", start),
                        requested("k2", "1000", start))
                .when(grant("k3", "500", start))
                .expectExceptionMessage("grant.too-many-requests[2, 2026]");
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start))
                .when(grant("k2", "500.01", start))
                .expectExceptionMessage("grant.total-too-high[3000, 2026]");
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "2500", start))
                .when(grant("k2", "500", start))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDeclinedRequestNoLongerCounts() {
        var start = TODAY.plusDays(40);
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "3000", start),
                        new GrantDeclinedEvent("n1", "k1", "musterstadt", "kein Budget"))
                .when(grant("k2", "3000", start))
                .expectSuccessfulHandlerExecution();
        fixture.given(founded(), admitted("musterstadt"), requested("k1", "3000", start))
                .when(new DeclineGrantCommand("n1", "k1", "kein Budget"))
                .expectEvents(new GrantDeclinedEvent("n1", "k1", "musterstadt", "kein Budget"));
    }

    @Test
    void requestsComeAtLeastFourWeeksBeforeAMeasureStartingThisYear() {
        fixture.given(founded(), admitted("musterstadt"))
                .when(grant("k1", "1000", TODAY.plusDays(27)))
                .expectExceptionMessage("grant.too-late[28]");
        fixture.given(founded(), admitted("musterstadt"))
                .when(grant("k1", "1000", TODAY.plusDays(28)))
                .expectSuccessfulHandlerExecution();
        fixture.given(founded(), admitted("musterstadt"))
                .when(grant("k1", "1000", LocalDate.of(2027, 1, 15)))
                .expectExceptionMessage("grant.other-year[2026]");
    }

    @Test
    void onlyMembersRequestGrants() {
        fixture.given(founded())
                .when(grant("k1", "1000", TODAY.plusDays(40)))
                .expectExceptionMessage("network.not-a-member[musterstadt]");
    }

    @Test
    void onceEndingStartedNoMembersAndNoGrants() {
        fixture.given(founded(), admitted("musterstadt"))
                .when(new StartEndingCommand("n1", "Ziele erreicht"))
                .expectEvents(new NetworkEndingStartedEvent("n1", "Ziele erreicht"));
        fixture.given(founded(), new NetworkEndingStartedEvent("n1", "Ziele erreicht"))
                .when(apply("a9", true))
                .expectException(CaseStateConflictException.class);
        fixture.given(founded(), admitted("musterstadt"),
                        new NetworkEndingStartedEvent("n1", "Ziele erreicht"))
                .when(grant("k1", "1000", TODAY.plusDays(40)))
                .expectException(CaseStateConflictException.class);
    }
}
