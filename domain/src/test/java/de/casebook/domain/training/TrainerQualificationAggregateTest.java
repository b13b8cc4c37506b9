package de.casebook.domain.training;

import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import de.casebook.domain.training.api.AdmitTrainerCandidateCommand;
import de.casebook.domain.training.api.DeclineTrainerCandidateCommand;
import de.casebook.domain.training.api.LinkTrainerAccountCommand;
import de.casebook.domain.training.api.ListTrainerCommand;
import de.casebook.domain.training.api.ProposeTrainerCandidateCommand;
import de.casebook.domain.training.api.RegisterTrainerCommand;
import de.casebook.domain.training.api.SignOffTrainerModuleCommand;
import de.casebook.domain.training.api.TrainerAccountLinkedEvent;
import de.casebook.domain.training.api.TrainerCandidateAdmittedEvent;
import de.casebook.domain.training.api.TrainerCandidateDeclinedEvent;
import de.casebook.domain.training.api.TrainerCandidateProposedEvent;
import de.casebook.domain.training.api.TrainerListedEvent;
import de.casebook.domain.training.api.TrainerModuleSignedOffEvent;
import de.casebook.domain.training.api.TrainerRegisteredEvent;
import de.casebook.domain.training.api.TrainerRequirementsMetEvent;
import de.casebook.domain.training.api.TrainerWithdrawnEvent;
import de.casebook.domain.training.api.WithdrawTrainerCommand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainerQualificationAggregateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final Participant JUERGEN = new Participant("Jürgen Weiß", "juergen.weiss@example.org", null);
    static final BigDecimal TWELVE = new BigDecimal("12");

    private AggregateTestFixture<TrainerQualification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TrainerQualification.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), CaseCalendar.ZONE));
    }

    static TrainerCandidateProposedEvent proposed() {
        return new TrainerCandidateProposedEvent("t1", "MT-2026-0001", "musterstadt", "q1", "BM-2026-0001", JUERGEN,
                "Leitet seit zwei Jahren ein Mentorenteam", List.of("didaktik", "praxis"), new BigDecimal("10"));
    }

    static SignOffTrainerModuleCommand signOff(String id, String module, String hours) {
        return new SignOffTrainerModuleCommand("t1", id, module, TODAY.minusDays(3), new BigDecimal(hours), "VHS",
                TWELVE);
    }

    static TrainerModuleSignedOffEvent signedOff(String id, String module, String hours, String total) {
        return new TrainerModuleSignedOffEvent("t1", id, module, TODAY.minusDays(3), new BigDecimal(hours), "VHS",
                new BigDecimal(total));
    }

    @Test
    void aProposalNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new ProposeTrainerCandidateCommand("t1", "MT-2026-0001", "musterstadt", "q1", "BM-2026-0001",
                        JUERGEN, " ", List.of("didaktik"), TWELVE))
                .expectException(RuleViolationException.class);
    }

    @Test
    void theLandesnetzwerkAdmitsAProposedCandidateOnce() {
        fixture.given(proposed()).when(new AdmitTrainerCandidateCommand("t1", "  Passt gut  "))
                .expectEvents(new TrainerCandidateAdmittedEvent("t1", "Passt gut"));
        fixture.given(proposed()).when(new AdmitTrainerCandidateCommand("t1", null))
                .expectEvents(new TrainerCandidateAdmittedEvent("t1", null));
        fixture.given(proposed(), new TrainerCandidateAdmittedEvent("t1", null))
                .when(new AdmitTrainerCandidateCommand("t1", null))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void aDeclineNeedsAReasonAndEndsTheCandidacy() {
        fixture.given(proposed()).when(new DeclineTrainerCandidateCommand("t1", null))
                .expectException(RuleViolationException.class);
        fixture.given(proposed()).when(new DeclineTrainerCandidateCommand("t1", "Kein Bedarf im Kreis"))
                .expectEvents(new TrainerCandidateDeclinedEvent("t1", "Kein Bedarf im Kreis"));
        fixture.given(proposed(), new TrainerCandidateDeclinedEvent("t1", "Kein Bedarf"))
                .when(signOff("s1", "didaktik", "4"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void modulesAreSignedOffOnlyOnceAdmitted() {
        fixture.given(proposed()).when(signOff("s1", "didaktik", "4"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void requirementsAreMetWhenEveryModuleIsSignedOffAndTheHoursAreReached() {
        fixture.given(proposed(), new TrainerCandidateAdmittedEvent("t1", null),
                        signedOff("s1", "didaktik", "8", "8"))
                .when(signOff("s2", "didaktik", "4"))
                .expectEvents(signedOff("s2", "didaktik", "4", "12"));
        fixture.given(proposed(), new TrainerCandidateAdmittedEvent("t1", null),
                        signedOff("s1", "didaktik", "8", "8"))
                .when(signOff("s2", "praxis", "2"))
                .expectEvents(signedOff("s2", "praxis", "2", "10"),
                        new TrainerRequirementsMetEvent("t1", new BigDecimal("10"), new BigDecimal("10")));
    }

    @Test
    void unknownModulesTooManyHoursAFutureDayAndTheSameSignOffTwiceAreRefused() {
        var admitted = new TrainerCandidateAdmittedEvent("t1", "passt");
        fixture.given(proposed(), admitted).when(signOff("s1", "kochen", "4"))
                .expectException(RuleViolationException.class);
        fixture.given(proposed(), admitted).when(signOff("s1", "didaktik", "12.5"))
                .expectException(RuleViolationException.class);
        fixture.given(proposed(), admitted)
                .when(new SignOffTrainerModuleCommand("t1", "s1", "didaktik", TODAY.plusDays(1), BigDecimal.ONE, "VHS",
                        TWELVE))
                .expectException(RuleViolationException.class);
        fixture.given(proposed(), admitted, signedOff("s1", "didaktik", "4", "4"))
                .when(signOff("s1", "didaktik", "4"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void registrationNeedsTheRequirementsAndAnAccountIsLinkedOnce() {
        var admitted = new TrainerCandidateAdmittedEvent("t1", null);
        fixture.given(proposed(), admitted).when(new RegisterTrainerCommand("t1"))
                .expectException(CaseStateConflictException.class);
        var met = new TrainerRequirementsMetEvent("t1", BigDecimal.TEN, BigDecimal.TEN);
        fixture.given(proposed(), admitted, met).when(new RegisterTrainerCommand("t1"))
                .expectEvents(new TrainerRegisteredEvent("t1", "musterstadt", TODAY));
        var registered = new TrainerRegisteredEvent("t1", "musterstadt", TODAY);
        fixture.given(proposed(), admitted, met, registered).when(new LinkTrainerAccountCommand("t1", "jweiss"))
                .expectEvents(new TrainerAccountLinkedEvent("t1", "jweiss"));
        fixture.given(proposed(), admitted, met, registered, new TrainerAccountLinkedEvent("t1", "jweiss"))
                .when(new LinkTrainerAccountCommand("t1", "jweiss"))
                .expectNoEvents();
        fixture.given(proposed(), admitted, met, registered, new TrainerAccountLinkedEvent("t1", "jweiss"))
                .when(new LinkTrainerAccountCommand("t1", "other"))
                .expectException(CaseStateConflictException.class);
        fixture.given(proposed()).when(new LinkTrainerAccountCommand("t1", "jweiss"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void aCandidateOrARegisteredTrainerWithdrawsWithAReasonOnce() {
        fixture.given(proposed()).when(new WithdrawTrainerCommand("t1", ""))
                .expectException(RuleViolationException.class);
        fixture.given(proposed(), new TrainerCandidateAdmittedEvent("t1", null))
                .when(new WithdrawTrainerCommand("t1", "Umzug"))
                .expectEvents(new TrainerWithdrawnEvent("t1", "in-training", null, "Umzug"));
        var registered = new TrainerRegisteredEvent("t1", "musterstadt", TODAY);
        var met = new TrainerRequirementsMetEvent("t1", BigDecimal.TEN, BigDecimal.TEN);
        fixture.given(proposed(), new TrainerCandidateAdmittedEvent("t1", null), met, registered,
                        new TrainerAccountLinkedEvent("t1", "jweiss"))
                .when(new WithdrawTrainerCommand("t1", "Beendet die Tätigkeit"))
                .expectEvents(new TrainerWithdrawnEvent("t1", "registered", "jweiss", "Beendet die Tätigkeit"));
        fixture.given(proposed(), new TrainerWithdrawnEvent("t1", "proposed", null, "x"))
                .when(new WithdrawTrainerCommand("t1", "noch einmal"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void aTrainerQualifiedBeforeCasebookIsListedDirectly() {
        fixture.givenNoPriorActivity()
                .when(new ListTrainerCommand("t2", "MT-2026-0002", "musterstadt", JUERGEN, TODAY.minusYears(3),
                        "Vorher qualifiziert"))
                .expectEvents(new TrainerListedEvent("t2", "MT-2026-0002", "musterstadt", JUERGEN, TODAY.minusYears(3),
                        "Vorher qualifiziert"));
        fixture.givenNoPriorActivity()
                .when(new ListTrainerCommand("t2", "MT-2026-0002", "musterstadt", JUERGEN, TODAY.plusDays(1), "x"))
                .expectException(RuleViolationException.class);
    }
}
