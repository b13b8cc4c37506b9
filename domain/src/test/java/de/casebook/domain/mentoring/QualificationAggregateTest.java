package de.casebook.domain.mentoring;

import de.casebook.domain.mentoring.api.ActivityProfileAgreedEvent;
import de.casebook.domain.mentoring.api.AdmitParticipantCommand;
import de.casebook.domain.mentoring.api.AgreeActivityProfileCommand;
import de.casebook.domain.mentoring.api.CertificateIssuedEvent;
import de.casebook.domain.mentoring.api.CloseQualificationCommand;
import de.casebook.domain.mentoring.api.CourseHoursSignOff;
import de.casebook.domain.mentoring.api.CourseHoursSignOffRevokedEvent;
import de.casebook.domain.mentoring.api.CourseHoursSignedOffEvent;
import de.casebook.domain.mentoring.api.DeclineParticipantCommand;
import de.casebook.domain.mentoring.api.ExtendQualificationWindowCommand;
import de.casebook.domain.mentoring.api.IssueCertificateCommand;
import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.mentoring.api.ParticipantAdmittedEvent;
import de.casebook.domain.mentoring.api.ParticipantDeclinedEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.mentoring.api.ParticipantWithdrawnEvent;
import de.casebook.domain.mentoring.api.QualificationClosedEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsMetEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsNoLongerMetEvent;
import de.casebook.domain.mentoring.api.QualificationWindowEndedEvent;
import de.casebook.domain.mentoring.api.QualificationWindowExtendedEvent;
import de.casebook.domain.mentoring.api.RecordQualificationWindowEndedCommand;
import de.casebook.domain.mentoring.api.RegisterParticipantCommand;
import de.casebook.domain.mentoring.api.RevokeSignOffCommand;
import de.casebook.domain.mentoring.api.SignOffCourseHoursCommand;
import de.casebook.domain.mentoring.api.WithdrawParticipantCommand;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QualificationAggregateTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 1);
    static final Participant ANNA = new Participant("Anna Beispiel", "anna@example.org", null);
    static final BigDecimal FORTY = new BigDecimal("40");

    private AggregateTestFixture<Qualification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Qualification.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), CaseCalendar.ZONE));
    }

    static ParticipantRegisteredEvent registered() {
        return new ParticipantRegisteredEvent("q1", "BM-2026-0001", "c1", "musterstadt", ANNA, FORTY, START, END, 3);
    }

    static CourseHoursSignedOffEvent signedOff(String session, String hours, String total) {
        return new CourseHoursSignedOffEvent("q1", session, LocalDate.of(2026, 10, 1), new BigDecimal(hours), "mentorat",
                new BigDecimal(total));
    }

    static SignOffCourseHoursCommand signOff(String session, LocalDate date, String hours) {
        return new SignOffCourseHoursCommand("q1", "c1", session, date, new BigDecimal(hours), "mentorat", null);
    }

    static SignOffCourseHoursCommand signOffWithDayLimit(String session, LocalDate date, String hours) {
        return new SignOffCourseHoursCommand("q1", "c1", session, date, new BigDecimal(hours), "mentorat",
                new BigDecimal("10"));
    }

    @Test
    void registersAParticipant() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParticipantCommand("q1", "BM-2026-0001", "c1", "musterstadt", ANNA, FORTY, START, END, 3))
                .expectEvents(registered());
    }

    @Test
    void admitsOrDeclinesARegisteredParticipant() {
        fixture.given(registered()).when(new AdmitParticipantCommand("q1"))
                .expectEvents(new ParticipantAdmittedEvent("q1"));
        fixture.given(registered()).when(new DeclineParticipantCommand("q1", "course is full of others"))
                .expectEvents(new ParticipantDeclinedEvent("q1", "c1", "course is full of others"));
    }

    @Test
    void cannotAdmitTwice() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"))
                .when(new AdmitParticipantCommand("q1"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void rejectsHoursForAParticipantNotAdmitted() {
        fixture.given(registered())
                .when(signOff("s1", LocalDate.of(2026, 10, 1), "4"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void signsOffHoursAndMeetsTheRequirementAtForty() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "12", "12"),
                        signedOff("s2", "12", "24"), signedOff("s3", "12", "36"))
                .when(signOff("s4", LocalDate.of(2026, 10, 1), "4"))
                .expectEvents(signedOff("s4", "4", "40"), new QualificationRequirementsMetEvent("q1", FORTY, FORTY));
    }

    @Test
    void thirtyNineAndThreeQuarterHoursDoNotMeetTheRequirement() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "12", "12"),
                        signedOff("s2", "12", "24"), signedOff("s3", "12", "36"))
                .when(signOff("s4", LocalDate.of(2026, 10, 1), "3.75"))
                .expectEvents(signedOff("s4", "3.75", "39.75"));
    }

    @Test
    void saysWhenTheModuleWasAlreadySignedOffThatDay() {
        // signedOff(...) is a session of "mentorat" on 2026-10-01
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "2", "2"))
                .when(signOff("s2", LocalDate.of(2026, 10, 1), "2"))
                .expectResultMessagePayload(new CourseHoursSignOff(true));
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "2", "2"))
                .when(signOff("s2", LocalDate.of(2026, 10, 2), "2"))
                .expectResultMessagePayload(new CourseHoursSignOff(false));
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "2", "2"))
                .when(new SignOffCourseHoursCommand("q1", "c1", "s2", LocalDate.of(2026, 10, 1), new BigDecimal("2"),
                        "reflexion", null))
                .expectResultMessagePayload(new CourseHoursSignOff(false));
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "2", "2"),
                        new CourseHoursSignOffRevokedEvent("q1", "s1", new BigDecimal("2"), "falscher Tag", BigDecimal.ZERO))
                .when(signOff("s2", LocalDate.of(2026, 10, 1), "2"))
                .expectResultMessagePayload(new CourseHoursSignOff(false));
    }

    @Test
    void refusesMoreHoursForOneDayThanTheLimitAllows() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "8", "8"))
                .when(signOffWithDayLimit("s2", LocalDate.of(2026, 10, 1), "2.25"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("session.day-limit"))
                .expectNoEvents();
    }

    @Test
    void theDayLimitCountsOnlyThatDayAndNoRevokedSession() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "8", "8"))
                .when(signOffWithDayLimit("s2", LocalDate.of(2026, 10, 2), "10"))
                .expectEvents(new CourseHoursSignedOffEvent("q1", "s2", LocalDate.of(2026, 10, 2), new BigDecimal("10"),
                        "mentorat", new BigDecimal("18")));
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "8", "8"),
                        new CourseHoursSignOffRevokedEvent("q1", "s1", new BigDecimal("8"), "falscher Tag", BigDecimal.ZERO))
                .when(signOffWithDayLimit("s2", LocalDate.of(2026, 10, 1), "10"))
                .expectEvents(signedOff("s2", "10", "10"));
    }

    @Test
    void rejectsHoursOutsideTheCourseWindow() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"))
                .when(signOff("s1", LocalDate.of(2026, 12, 2), "4"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void revocationBelowTheRequirementIsAnEventAndReopensTheCase() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "12", "12"),
                        signedOff("s2", "12", "24"), signedOff("s3", "12", "36"), signedOff("s4", "4", "40"),
                        new QualificationRequirementsMetEvent("q1", FORTY, FORTY))
                .when(new RevokeSignOffCommand("q1", "s4", "participant was not there"))
                .expectEvents(new CourseHoursSignOffRevokedEvent("q1", "s4", new BigDecimal("4"),
                                "participant was not there", new BigDecimal("36")),
                        new QualificationRequirementsNoLongerMetEvent("q1", new BigDecimal("36"), FORTY));
    }

    @Test
    void revocationNeedsAReasonAndAKnownSession() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "12", "12"))
                .when(new RevokeSignOffCommand("q1", "s1", " "))
                .expectException(RuleViolationException.class);
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "12", "12"))
                .when(new RevokeSignOffCommand("q1", "s9", "typo"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void windowEndWithoutEnoughHoursMakesTheCaseIncomplete() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "12", "12"))
                .when(new RecordQualificationWindowEndedCommand("q1"))
                .expectEvents(new QualificationWindowEndedEvent("q1", END, new BigDecimal("12"), FORTY));
    }

    @Test
    void extendsTheWindowOnceByAtMostThreeMonths() {
        var incomplete = new Object[] {registered(), new ParticipantAdmittedEvent("q1"),
                new QualificationWindowEndedEvent("q1", END, BigDecimal.ZERO, FORTY)};
        fixture.given(incomplete)
                .when(new ExtendQualificationWindowCommand("q1", END.plusMonths(3)))
                .expectEvents(new QualificationWindowExtendedEvent("q1", END, END.plusMonths(3)));
        fixture.given(incomplete)
                .when(new ExtendQualificationWindowCommand("q1", END.plusMonths(3).plusDays(1)))
                .expectException(RuleViolationException.class);
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"),
                        new QualificationWindowEndedEvent("q1", END, BigDecimal.ZERO, FORTY),
                        new QualificationWindowExtendedEvent("q1", END, END.plusMonths(1)),
                        new QualificationWindowEndedEvent("q1", END.plusMonths(1), BigDecimal.ZERO, FORTY))
                .when(new ExtendQualificationWindowCommand("q1", END.plusMonths(2)))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void hoursCountInsideTheExtendedWindow() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"),
                        new QualificationWindowEndedEvent("q1", END, BigDecimal.ZERO, FORTY),
                        new QualificationWindowExtendedEvent("q1", END, END.plusMonths(1)))
                .when(signOff("s1", END.plusDays(3), "4"))
                .expectEvents(new CourseHoursSignedOffEvent("q1", "s1", END.plusDays(3), new BigDecimal("4"), "mentorat",
                        new BigDecimal("4")));
    }

    @Test
    void closesAnIncompleteCaseWithAReason() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"),
                        new QualificationWindowEndedEvent("q1", END, BigDecimal.ZERO, FORTY))
                .when(new CloseQualificationCommand("q1", "moved away"))
                .expectEvents(new QualificationClosedEvent("q1", "c1", "moved away"));
    }

    @Test
    void withdrawsBeforeTheCertificateButNotAfter() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"))
                .when(new WithdrawParticipantCommand("q1", "no time"))
                .expectEvents(new ParticipantWithdrawnEvent("q1", "c1", "no time"));
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"),
                        new QualificationRequirementsMetEvent("q1", FORTY, FORTY),
                        new CertificateIssuedEvent("q1", "BM-2026-0001", END, FORTY))
                .when(new WithdrawParticipantCommand("q1", "no time"))
                .expectException(CaseStateConflictException.class);
    }

    @Test
    void issuesTheCertificateOnlyWhenTheRequirementsAreMet() {
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"))
                .when(new IssueCertificateCommand("q1", "BM-2026-0001", END))
                .expectException(CaseStateConflictException.class);
        fixture.given(registered(), new ParticipantAdmittedEvent("q1"), signedOff("s1", "40", "40"),
                        new QualificationRequirementsMetEvent("q1", FORTY, FORTY))
                .when(new IssueCertificateCommand("q1", "BM-2026-0001", END))
                .expectEvents(new CertificateIssuedEvent("q1", "BM-2026-0001", END, FORTY));
    }

    @Test
    void agreesAnActivityProfileOfKnownFields() {
        var certified = new Object[] {registered(), new ParticipantAdmittedEvent("q1"),
                new QualificationRequirementsMetEvent("q1", FORTY, FORTY),
                new CertificateIssuedEvent("q1", "BM-2026-0001", END, FORTY)};
        fixture.given(certified)
                .when(new AgreeActivityProfileCommand("q1", List.of("schools", "families")))
                .expectEvents(new ActivityProfileAgreedEvent("q1", List.of("schools", "families")));
        fixture.given(certified)
                .when(new AgreeActivityProfileCommand("q1", List.of("knitting")))
                .expectException(RuleViolationException.class);
        fixture.given(certified)
                .when(new AgreeActivityProfileCommand("q1", List.of()))
                .expectException(RuleViolationException.class);
    }
}
