package de.casebook.domain.network;

import de.casebook.domain.network.api.AdmitMemberCommand;
import de.casebook.domain.network.api.DeclineGrantCommand;
import de.casebook.domain.network.api.FoundNetworkCommand;
import de.casebook.domain.network.api.Goal;
import de.casebook.domain.network.api.GrantDeclinedEvent;
import de.casebook.domain.network.api.GrantRequestedEvent;
import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.network.api.LeaveNetworkCommand;
import de.casebook.domain.network.api.MemberAdmittedEvent;
import de.casebook.domain.network.api.MemberLeftEvent;
import de.casebook.domain.network.api.NetworkEndingStartedEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import de.casebook.domain.network.api.NetworkKind;
import de.casebook.domain.network.api.RequestGrantCommand;
import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkAggregateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final GrantRules KEB = new GrantRules(new BigDecimal("3000"), 2, new BigDecimal("3000"), 28, true);
    static final List<Goal> GOALS = List.of(new Goal("g1", "Ehrenamtskarte in allen Mitgliedskommunen", 12));

    private AggregateTestFixture<Network> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Network.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Berlin")).plusHours(10)
                .toInstant(), ZoneId.of("Europe/Berlin")));
    }

    static NetworkFoundedEvent founded() {
        return new NetworkFoundedEvent("n1", "Kommunen-Netzwerk", NetworkKind.MUNICIPALITIES, "Landesnetzwerk",
                List.of("coordinator"), GOALS, LocalDate.of(2029, 12, 31), 2, KEB);
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
                .when(new FoundNetworkCommand("n1", "Kommunen-Netzwerk", NetworkKind.MUNICIPALITIES, "Landesnetzwerk",
                        List.of("coordinator"), GOALS, LocalDate.of(2029, 12, 31), 2, KEB))
                .expectEvents(founded());
    }

    @Test
    void rejectsANetworkWithoutGoalsOrWithAnEndInThePast() {
        fixture.givenNoPriorActivity()
                .when(new FoundNetworkCommand("n1", "N", NetworkKind.CITIES, "L", List.of("coordinator"), List.of(),
                        null, 2, KEB))
                .expectException(RuleViolationException.class);
        fixture.givenNoPriorActivity()
                .when(new FoundNetworkCommand("n1", "N", NetworkKind.CITIES, "L", List.of("coordinator"), GOALS,
                        TODAY, 2, KEB))
                .expectException(RuleViolationException.class);
    }

    @Test
    void admitsMembersOnceAndLetsThemLeave() {
        fixture.given(founded()).when(new AdmitMemberCommand("n1", "musterstadt"))
                .expectEvents(new MemberAdmittedEvent("n1", "musterstadt"));
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(new AdmitMemberCommand("n1", "musterstadt"))
                .expectException(CaseStateConflictException.class);
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(new LeaveNetworkCommand("n1", "musterstadt", "Ratsbeschluss"))
                .expectEvents(new MemberLeftEvent("n1", "musterstadt", "Ratsbeschluss"));
    }

    @Test
    void grantsUpToThreeThousandEuroButNotACentMore() {
        var start = TODAY.plusDays(40);
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(grant("k1", "3000.00", start))
                .expectEvents(requested("k1", "3000.00", start));
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(grant("k1", "3000.01", start))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("grant.amount-too-high[3000]");
    }

    @Test
    void aThirdRequestInAYearIsRejectedAndSoIsMoreThanTheYearlyTotal() {
        var start = TODAY.plusDays(40);
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"), requested("k1", "1000", start),
                        requested("k2", "1000", start))
                .when(grant("k3", "500", start))
                .expectExceptionMessage("grant.too-many-requests[2, 2026]");
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"), requested("k1", "2500", start))
                .when(grant("k2", "500.01", start))
                .expectExceptionMessage("grant.total-too-high[3000, 2026]");
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"), requested("k1", "2500", start))
                .when(grant("k2", "500", start))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDeclinedRequestNoLongerCounts() {
        var start = TODAY.plusDays(40);
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"), requested("k1", "3000", start),
                        new GrantDeclinedEvent("n1", "k1", "musterstadt", "kein Budget"))
                .when(grant("k2", "3000", start))
                .expectSuccessfulHandlerExecution();
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"), requested("k1", "3000", start))
                .when(new DeclineGrantCommand("n1", "k1", "kein Budget"))
                .expectEvents(new GrantDeclinedEvent("n1", "k1", "musterstadt", "kein Budget"));
    }

    @Test
    void requestsComeAtLeastFourWeeksBeforeAMeasureStartingThisYear() {
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(grant("k1", "1000", TODAY.plusDays(27)))
                .expectExceptionMessage("grant.too-late[28]");
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(grant("k1", "1000", TODAY.plusDays(28)))
                .expectSuccessfulHandlerExecution();
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
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
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"))
                .when(new StartEndingCommand("n1", "Ziele erreicht"))
                .expectEvents(new NetworkEndingStartedEvent("n1", "Ziele erreicht"));
        fixture.given(founded(), new NetworkEndingStartedEvent("n1", "Ziele erreicht"))
                .when(new AdmitMemberCommand("n1", "beispielheim"))
                .expectException(CaseStateConflictException.class);
        fixture.given(founded(), new MemberAdmittedEvent("n1", "musterstadt"),
                        new NetworkEndingStartedEvent("n1", "Ziele erreicht"))
                .when(grant("k1", "1000", TODAY.plusDays(40)))
                .expectException(CaseStateConflictException.class);
    }
}
