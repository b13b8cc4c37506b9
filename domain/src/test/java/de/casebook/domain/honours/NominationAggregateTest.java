package de.casebook.domain.honours;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.domain.honours.api.AwardKind;
import de.casebook.domain.honours.api.CeremonyScheduledEvent;
import de.casebook.domain.honours.api.ConfirmHandoverCommand;
import de.casebook.domain.honours.api.DecideNominationCommand;
import de.casebook.domain.honours.api.FormalCheckPassedEvent;
import de.casebook.domain.honours.api.ForwardNominationCommand;
import de.casebook.domain.honours.api.HonourHandedOverEvent;
import de.casebook.domain.honours.api.HonourRevokedEvent;
import de.casebook.domain.honours.api.InformationRequestedEvent;
import de.casebook.domain.honours.api.InformationSuppliedEvent;
import de.casebook.domain.honours.api.JuryRecommendedEvent;
import de.casebook.domain.honours.api.NominationAwardedEvent;
import de.casebook.domain.honours.api.NominationDeclinedEvent;
import de.casebook.domain.honours.api.NominationForwardedEvent;
import de.casebook.domain.honours.api.NominationRules;
import de.casebook.domain.honours.api.NominationRulesCheckedEvent;
import de.casebook.domain.honours.api.NominationScoredEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.honours.api.Nominator;
import de.casebook.domain.honours.api.Nominee;
import de.casebook.domain.honours.api.PassFormalCheckCommand;
import de.casebook.domain.honours.api.RecommendCommand;
import de.casebook.domain.honours.api.RecordExternalDecisionCommand;
import de.casebook.domain.honours.api.Reference;
import de.casebook.domain.honours.api.ReferencesClosedEvent;
import de.casebook.domain.honours.api.RevokeHonourCommand;
import de.casebook.domain.honours.api.ScoreNominationCommand;
import de.casebook.domain.honours.api.SubmitNominationCommand;
import de.casebook.domain.honours.api.SupplyInformationCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.CaseStateConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NominationAggregateTest {

    static final ZoneId BERLIN = CaseCalendar.ZONE;
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final Instant NOW = TODAY.atStartOfDay(BERLIN).plusHours(10).toInstant();
    static final NominationRules PIN = new NominationRules(15, null, 1500, null, null, List.of(), 0);
    static final NominationRules PRIZE = new NominationRules(0, null, 1, null, LocalDate.of(2026, 7, 31), List.of("jury1", "jury2"), 1);
    static final NominationRules FEDERAL = new NominationRules(0, null, 1, 5, null, List.of(), 0);
    static final Nominator NOMINATOR = new Nominator("Nina Nominiert", "nina@example.org", "Sportverein");
    static final Nominee NOMINEE = new Nominee("Erika Ehrenamt", LocalDate.of(1960, 2, 3), "Markt 1", "12345",
            "Musterstadt", "Tafel", null);
    static final String LONG = "x".repeat(1500);

    private AggregateTestFixture<Nomination> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Nomination.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, BERLIN));
    }

    static NominationSubmittedEvent submitted(AwardKind kind, NominationRules rules, Nominee nominee,
                                              LocalDate since, LocalDate until, String justification) {
        return new NominationSubmittedEvent("n1", "EH-2026-0001", "musterstadt", kind, kind == AwardKind.CITY_PRIZE ? "youth" : null,
                NOMINATOR, nominee, since, until, justification, List.of(new Reference("Rita", "rita@example.org")),
                rules, TODAY);
    }

    static SubmitNominationCommand submit(AwardKind kind, NominationRules rules, Nominator nominator, Nominee nominee,
                                          LocalDate since, LocalDate until, String justification) {
        return new SubmitNominationCommand("n1", "EH-2026-0001", "musterstadt", kind, kind == AwardKind.CITY_PRIZE ? "youth" : null,
                nominator, nominee, since, until, justification, List.of(new Reference("Rita", "rita@example.org")),
                rules);
    }

    private List<String> findings(SubmitNominationCommand command) {
        var found = new java.util.ArrayList<String>();
        fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.listWithAnyOf(new org.hamcrest.BaseMatcher<>() {
                            @Override
                            public boolean matches(Object item) {
                                if (item instanceof NominationRulesCheckedEvent checked) {
                                    found.addAll(checked.findings());
                                    return true;
                                }
                                return false;
                            }

                            @Override
                            public void describeTo(org.hamcrest.Description description) {
                                description.appendText("the rules' findings");
                            }
                        })));
        return found;
    }

    @Test
    void aPinNeedsFifteenYearsAndALongJustification() {
        assertThat(findings(submit(AwardKind.PIN, PIN, NOMINATOR, NOMINEE, TODAY.minusYears(15), null, LONG))).isEmpty();
        assertThat(findings(submit(AwardKind.PIN, PIN, NOMINATOR, NOMINEE, TODAY.minusYears(15).plusDays(1), null, LONG)))
                .containsExactly("too-few-years");
        assertThat(findings(submit(AwardKind.PIN, PIN, NOMINATOR, NOMINEE, TODAY.minusYears(20), null,
                LONG.substring(1)))).containsExactly("justification-too-short");
    }

    @Test
    void nobodyNominatesThemselvesOrSomeoneDeceased() {
        var self = new Nominator(" erika  Ehrenamt", "erika@example.org", null);
        assertThat(findings(submit(AwardKind.THANK_YOU_LETTER, PRIZE, self, NOMINEE, TODAY.minusYears(1), null, "Dank")))
                .contains("self-nomination");
        var deceased = new Nominee("Erika Ehrenamt", LocalDate.of(1960, 2, 3), "Markt 1", "12345", "Musterstadt", null,
                TODAY.minusDays(3));
        assertThat(findings(submit(AwardKind.THANK_YOU_LETTER, PRIZE, NOMINATOR, deceased, TODAY.minusYears(1), null,
                "Dank"))).contains("nominee-deceased");
    }

    @Test
    void stateAndFederalMeritsAreAtMostFiveYearsOldAndPrizesComeBeforeTheDeadline() {
        assertThat(findings(submit(AwardKind.FEDERAL_HONOUR, FEDERAL, NOMINATOR, NOMINEE, TODAY.minusYears(30),
                TODAY.minusYears(5), "Verdienste"))).isEmpty();
        assertThat(findings(submit(AwardKind.FEDERAL_HONOUR, FEDERAL, NOMINATOR, NOMINEE, TODAY.minusYears(30),
                TODAY.minusYears(5).minusDays(1), "Verdienste"))).containsExactly("merits-too-old");
        var closedCall = new NominationRules(0, null, 1, null, TODAY.minusDays(1), List.of("jury1"), 1);
        assertThat(findings(submit(AwardKind.CITY_PRIZE, closedCall, NOMINATOR, NOMINEE, TODAY.minusYears(2), null,
                "Preis"))).containsExactly("after-deadline");
        assertThat(findings(submit(AwardKind.CITY_PRIZE, PRIZE, NOMINATOR, NOMINEE, TODAY.minusYears(2), null,
                "Preis"))).isEmpty();
    }

    @Test
    void aNominationPassesOnlyWithoutFindingsAndASupplementIsCheckedAgain() {
        var short_ = submitted(AwardKind.PIN, PIN, NOMINEE, TODAY.minusYears(20), null, "kurz");
        fixture.given(short_, new NominationRulesCheckedEvent("n1", List.of("justification-too-short")))
                .when(new PassFormalCheckCommand("n1", null))
                .expectExceptionMessage("nomination.rules-not-met[justification-too-short]");
        fixture.given(short_, new NominationRulesCheckedEvent("n1", List.of("justification-too-short")),
                        new InformationRequestedEvent("n1", "Bitte ausführlicher", "h1", NOW.plusSeconds(86400)))
                .when(new SupplyInformationCommand("n1", "h1", LONG))
                .expectEvents(new InformationSuppliedEvent("n1", LONG), new NominationRulesCheckedEvent("n1", List.of()));
        fixture.given(short_, new NominationRulesCheckedEvent("n1", List.of()),
                        new InformationRequestedEvent("n1", "?", "h1", NOW.plusSeconds(86400)),
                        new InformationSuppliedEvent("n1", "a"))
                .when(new SupplyInformationCommand("n1", "h1", "b"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void theJuryRecommendsByQuorumAndTheMayorDecides() {
        var inJury = new Object[] {submitted(AwardKind.CITY_PRIZE, PRIZE, NOMINEE, TODAY.minusYears(3), null, "Preis"),
                new NominationRulesCheckedEvent("n1", List.of()), new FormalCheckPassedEvent("n1", null),
                new ReferencesClosedEvent("n1", 1), new NominationScoredEvent("n1", "jury1", 8, "sehr gut"),
                new NominationScoredEvent("n1", "jury2", 5, "gut")};
        fixture.given(inJury).when(new ScoreNominationCommand("n1", "jury1", 9, null))
                .expectException(CaseStateConflictException.class);
        fixture.given(inJury).when(new RecommendCommand("n1", 2))
                .expectEvents(new JuryRecommendedEvent("n1", new BigDecimal("6.50"), 1, false));
        fixture.given(inJury).when(new RecommendCommand("n1", 1))
                .expectEvents(new JuryRecommendedEvent("n1", new BigDecimal("6.50"), 1, true));
        fixture.given(inJury[0], inJury[1], inJury[2], inJury[3],
                        new JuryRecommendedEvent("n1", new BigDecimal("6.50"), 1, true))
                .when(new DecideNominationCommand("n1", false, "mayor", " "))
                .expectExceptionMessage("reason.required[]");
    }

    @Test
    void aFederalHonourIsForwardedAndDecidedOutside() {
        var decision = new Object[] {submitted(AwardKind.FEDERAL_HONOUR, FEDERAL, NOMINEE, TODAY.minusYears(30), null,
                "Verdienste"), new NominationRulesCheckedEvent("n1", List.of()), new FormalCheckPassedEvent("n1", null),
                new ReferencesClosedEvent("n1", 1)};
        fixture.given(decision).when(new DecideNominationCommand("n1", true, "mayor", null))
                .expectExceptionMessage("nomination.decided-outside[]");
        fixture.given(decision).when(new ForwardNominationCommand("n1", "Staatskanzlei", "per Post"))
                .expectEvents(new NominationForwardedEvent("n1", "Staatskanzlei", "per Post"));
        fixture.given(decision[0], decision[1], decision[2], decision[3],
                        new NominationForwardedEvent("n1", "Staatskanzlei", null))
                .when(new RecordExternalDecisionCommand("n1", true, "Bundespräsidialamt", TODAY.minusDays(2), null))
                .expectEvents(new NominationAwardedEvent("n1", "Bundespräsidialamt", "entschieden am "
                        + TODAY.minusDays(2)));
    }

    @Test
    void anHonourIsHandedOverAfterTheCeremonyAndCanBeRevoked() {
        var awarded = new Object[] {submitted(AwardKind.THANK_YOU_LETTER, PRIZE, NOMINEE, TODAY.minusYears(3), null,
                "Dank"), new NominationAwardedEvent("n1", "mayor", null)};
        fixture.given(awarded[0], awarded[1], new CeremonyScheduledEvent("n1", TODAY.plusDays(1), "Rathaus"))
                .when(new ConfirmHandoverCommand("n1", null))
                .expectExceptionMessage("nomination.ceremony-not-held[]");
        fixture.given(awarded[0], awarded[1], new CeremonyScheduledEvent("n1", TODAY, "Rathaus"))
                .when(new ConfirmHandoverCommand("n1", "überreicht"))
                .expectEvents(new HonourHandedOverEvent("n1", TODAY, "überreicht"));
        fixture.given(awarded[0], awarded[1], new CeremonyScheduledEvent("n1", TODAY, "Rathaus"),
                        new HonourHandedOverEvent("n1", TODAY, null))
                .when(new RevokeHonourCommand("n1", "Verurteilung"))
                .expectEvents(new HonourRevokedEvent("n1", "Verurteilung"));
        fixture.given(awarded[0], new NominationDeclinedEvent("n1", "mayor", "nein"))
                .when(new RevokeHonourCommand("n1", "x"))
                .expectException(CaseStateConflictException.class);
    }
}
