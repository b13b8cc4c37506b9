package de.casebook.domain.card;

import de.casebook.domain.card.api.AbandonConfirmationCommand;
import de.casebook.domain.card.api.AnswerConfirmationCommand;
import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.ApplicationApprovedEvent;
import de.casebook.domain.card.api.ApplicationRejectedEvent;
import de.casebook.domain.card.api.ApplicationWithdrawnEvent;
import de.casebook.domain.card.api.ApproveCardApplicationCommand;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardExpiredEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardProgram;
import de.casebook.domain.card.api.CardRevokedEvent;
import de.casebook.domain.card.api.ConfirmationAbandonedEvent;
import de.casebook.domain.card.api.ConfirmationPurpose;
import de.casebook.domain.card.api.ConfirmationRequestedEvent;
import de.casebook.domain.card.api.EligibilityDecidedEvent;
import de.casebook.domain.card.api.ExpireCardCommand;
import de.casebook.domain.card.api.Organisation;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.card.api.OrganisationDisputedEvent;
import de.casebook.domain.card.api.RecordEligibilityCommand;
import de.casebook.domain.card.api.RejectCardApplicationCommand;
import de.casebook.domain.card.api.RejectionReason;
import de.casebook.domain.card.api.RequestConfirmationCommand;
import de.casebook.domain.card.api.RevokeCardCommand;
import de.casebook.domain.card.api.SubmitCardApplicationCommand;
import de.casebook.domain.card.api.WithdrawCardApplicationCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardApplicationAggregateTest {

    static final ZoneId BERLIN = CaseCalendar.ZONE;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = TODAY.atStartOfDay(BERLIN).plusHours(10).toInstant();
    static final CardProgram NRW = new CardProgram("nrw", 2, 3);
    static final Applicant ANNA = new Applicant("Anna Beispiel", LocalDate.of(1990, 5, 1), "Hauptstr. 1", "12345",
            "Musterstadt", "anna@example.org");
    static final Organisation SPORTS_CLUB = new Organisation("TV Musterstadt", "Herr Trainer", "tv@example.org",
            new BigDecimal("5"), null, LocalDate.of(2020, 1, 1), "Übungsleiterin", true);

    private AggregateTestFixture<CardApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CardApplication.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, BERLIN));
    }

    static CardApplicationSubmittedEvent submitted() {
        return new CardApplicationSubmittedEvent("c1", "EK-2026-00001", "musterstadt", NRW, ANNA, List.of(SPORTS_CLUB), null, null, TODAY);
    }

    static ConfirmationRequestedEvent requested(String hash) {
        return new ConfirmationRequestedEvent("c1", 0, hash, NOW.plusSeconds(28 * 86400), ConfirmationPurpose.REQUEST);
    }

    @Test
    void anApplicationNamesOneToFiveOrganisationsAndABirthDateInThePast() {
        fixture.givenNoPriorActivity()
                .when(new SubmitCardApplicationCommand("c1", "EK-2026-00001", "musterstadt", NRW, ANNA, List.of(SPORTS_CLUB), null, null))
                .expectEvents(submitted());
        fixture.givenNoPriorActivity()
                .when(new SubmitCardApplicationCommand("c1", "EK-2026-00001", "musterstadt", NRW, ANNA, List.of(), null, null))
                .expectExceptionMessage("card.organisations-count[5]");
        fixture.givenNoPriorActivity()
                .when(new SubmitCardApplicationCommand("c1", "EK-2026-00001", "musterstadt", NRW, ANNA,
                        Collections.nCopies(6, SPORTS_CLUB), null, null))
                .expectExceptionMessage("card.organisations-count[5]");
        var unborn = new Applicant("Anna", TODAY.plusDays(1), "Hauptstr. 1", "12345", "Musterstadt", "a@example.org");
        fixture.givenNoPriorActivity()
                .when(new SubmitCardApplicationCommand("c1", "EK-2026-00001", "musterstadt", NRW, unborn, List.of(SPORTS_CLUB), null, null))
                .expectExceptionMessage("card.birth-date-in-future[]");
    }

    @Test
    void anOrganisationAnswersOnceThroughItsCurrentLinkBeforeItExpires() {
        fixture.given(submitted(), requested("h1"))
                .when(new AnswerConfirmationCommand("c1", 0, "h1", true, "stimmt"))
                .expectEvents(new OrganisationConfirmedEvent("c1", 0, "stimmt"));
        fixture.given(submitted(), requested("h1"))
                .when(new AnswerConfirmationCommand("c1", 0, "h1", false, "nie gesehen"))
                .expectEvents(new OrganisationDisputedEvent("c1", 0, "nie gesehen"));
        fixture.given(submitted(), requested("h1"), new OrganisationConfirmedEvent("c1", 0, null))
                .when(new AnswerConfirmationCommand("c1", 0, "h1", false, null))
                .expectException(CaseStateConflictException.class)
                .expectExceptionMessage("confirmation.already-answered[1]");
        fixture.given(submitted(), requested("h1"), new ConfirmationRequestedEvent("c1", 0, "h2", NOW.plusSeconds(60), ConfirmationPurpose.RESEND))
                .when(new AnswerConfirmationCommand("c1", 0, "h1", true, null))
                .expectExceptionMessage("confirmation.link-replaced[]");
        fixture.given(submitted(), new ConfirmationRequestedEvent("c1", 0, "h1", NOW, ConfirmationPurpose.REQUEST))
                .when(new AnswerConfirmationCommand("c1", 0, "h1", true, null))
                .expectExceptionMessage("confirmation.link-expired[]");
        fixture.given(submitted(), requested("h1"))
                .when(new RequestConfirmationCommand("c1", 0, "h2", NOW.plusSeconds(60), ConfirmationPurpose.RESEND))
                .expectEvents(new ConfirmationRequestedEvent("c1", 0, "h2", NOW.plusSeconds(60), ConfirmationPurpose.RESEND));
    }

    @Test
    void eligibilityIsRecordedOnceEveryOrganisationAnsweredOrWasGivenUp() {
        fixture.given(submitted(), requested("h1"))
                .when(new RecordEligibilityCommand("c1", true, List.of()))
                .expectExceptionMessage("card.confirmations-open[]");
        fixture.given(submitted(), requested("h1"))
                .when(new AbandonConfirmationCommand("c1", 0, "keine Antwort"))
                .expectEvents(new ConfirmationAbandonedEvent("c1", 0, "keine Antwort"));
        fixture.given(submitted(), requested("h1"), new ConfirmationAbandonedEvent("c1", 0, "keine Antwort"))
                .when(new RecordEligibilityCommand("c1", false, List.of("no-confirmed-organisation")))
                .expectEvents(new EligibilityDecidedEvent("c1", false, List.of("no-confirmed-organisation")));
    }

    @Test
    void approvingIssuesTheCardOnceWithItsValidity() {
        var inReview = List.of(submitted(), requested("h1"), new OrganisationConfirmedEvent("c1", 0, null),
                new EligibilityDecidedEvent("c1", true, List.of()));
        fixture.given(inReview.toArray())
                .when(new ApproveCardApplicationCommand("c1", null, "EK-2026-0001", "v1"))
                .expectEvents(new ApplicationApprovedEvent("c1", null),
                        new CardIssuedEvent("c1", "EK-2026-0001", "v1", TODAY, TODAY.plusYears(3).minusDays(1), false));
        var issued = new java.util.ArrayList<Object>(inReview);
        issued.add(new ApplicationApprovedEvent("c1", null));
        issued.add(new CardIssuedEvent("c1", "EK-2026-0001", "v1", TODAY, TODAY.plusYears(3).minusDays(1), false));
        fixture.given(issued.toArray())
                .when(new ApproveCardApplicationCommand("c1", null, "EK-2026-0002", "v2"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void goingAgainstTheRulesNeedsAComment() {
        var ineligible = new Object[] {submitted(), requested("h1"), new OrganisationDisputedEvent("c1", 0, null),
                new EligibilityDecidedEvent("c1", false, List.of("no-confirmed-organisation"))};
        fixture.given(ineligible)
                .when(new ApproveCardApplicationCommand("c1", " ", "EK-2026-0001", "v1"))
                .expectExceptionMessage("card.comment-required-to-approve[]");
        fixture.given(ineligible)
                .when(new RejectCardApplicationCommand("c1", RejectionReason.NOT_ELIGIBLE, null))
                .expectEvents(new ApplicationRejectedEvent("c1", RejectionReason.NOT_ELIGIBLE, null));
        fixture.given(submitted(), requested("h1"), new OrganisationConfirmedEvent("c1", 0, null),
                        new EligibilityDecidedEvent("c1", true, List.of()))
                .when(new RejectCardApplicationCommand("c1", RejectionReason.OTHER, null))
                .expectExceptionMessage("card.comment-required-to-reject[]");
    }

    @Test
    void aCardExpiresAfterItsLastDayUnlessRevokedAndCanOnlyBeWithdrawnBeforeTheDecision() {
        var lastDay = TODAY.minusDays(1);
        var issued = new Object[] {submitted(), new EligibilityDecidedEvent("c1", true, List.of()),
                new CardIssuedEvent("c1", "EK-2023-0001", "v1", lastDay.minusYears(3).plusDays(1), lastDay, false)};
        fixture.given(issued).when(new ExpireCardCommand("c1"))
                .expectEvents(new CardExpiredEvent("c1", lastDay));
        fixture.given(issued).when(new RevokeCardCommand("c1", "Missbrauch"))
                .expectEvents(new CardRevokedEvent("c1", "Missbrauch"));
        fixture.given(issued).when(new WithdrawCardApplicationCommand("c1", "zu spät"))
                .expectException(CaseStateConflictException.class);
        fixture.given(submitted()).when(new WithdrawCardApplicationCommand("c1", "umgezogen"))
                .expectEvents(new ApplicationWithdrawnEvent("c1", "umgezogen"));
        fixture.given(submitted()).when(new RevokeCardCommand("c1", "x"))
                .expectException(CaseStateConflictException.class);
        fixture.given(issued[0], issued[1], new CardIssuedEvent("c1", "EK-1", "v1", TODAY, TODAY.plusYears(3), false))
                .when(new ExpireCardCommand("c1")).expectNoEvents();
        fixture.given(issued).when(new RevokeCardCommand("c1", " "))
                .expectException(RuleViolationException.class);
    }
}
