package de.casebook.domain.mentoring;

import de.casebook.domain.mentoring.api.CoursePlaceReleasedEvent;
import de.casebook.domain.mentoring.api.CoursePlaceReservedEvent;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.CourseSessionRecordedEvent;
import de.casebook.domain.mentoring.api.RecordCourseSessionCommand;
import de.casebook.domain.mentoring.api.ReleaseCoursePlaceCommand;
import de.casebook.domain.mentoring.api.ReserveCoursePlaceCommand;
import de.casebook.domain.mentoring.api.ScheduleCourseCommand;
import de.casebook.domain.mentoring.api.SessionRules;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.NotPermittedException;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseAggregateTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 1);
    static final SessionRules RULES = new SessionRules(new BigDecimal("12"), new BigDecimal("0.25"));
    static final List<String> MODULES = List.of("mentorat", "perspektiven", "verbindungen");

    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2026-10-15T10:00:00Z"), CaseCalendar.ZONE));
    }

    static CourseScheduledEvent scheduled(int maxParticipants) {
        return new CourseScheduledEvent("c1", "musterstadt", "Mentorenkurs", "VHS", List.of("trainer"), START, END,
                new BigDecimal("40"), maxParticipants, MODULES, RULES);
    }

    @Test
    void schedulesACourse() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleCourseCommand("c1", "musterstadt", "Mentorenkurs", "VHS", List.of("trainer"), START,
                        END, new BigDecimal("40"), 14, MODULES, RULES))
                .expectEvents(scheduled(14));
    }

    @Test
    void rejectsACourseEndingBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleCourseCommand("c1", "musterstadt", "Mentorenkurs", "VHS", List.of("trainer"), END,
                        START, new BigDecimal("40"), 14, MODULES, RULES))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void reservesPlacesUpToTheCapacity() {
        fixture.given(scheduled(2), new CoursePlaceReservedEvent("c1", "q1"))
                .when(new ReserveCoursePlaceCommand("c1", "q2"))
                .expectEvents(new CoursePlaceReservedEvent("c1", "q2"));
    }

    @Test
    void rejectsAnEnrolmentOverCapacity() {
        fixture.given(scheduled(2), new CoursePlaceReservedEvent("c1", "q1"), new CoursePlaceReservedEvent("c1", "q2"))
                .when(new ReserveCoursePlaceCommand("c1", "q3"))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("course.full[2]");
    }

    @Test
    void aReleasedPlaceCanBeTakenAgain() {
        fixture.given(scheduled(1), new CoursePlaceReservedEvent("c1", "q1"), new CoursePlaceReleasedEvent("c1", "q1"))
                .when(new ReserveCoursePlaceCommand("c1", "q2"))
                .expectEvents(new CoursePlaceReservedEvent("c1", "q2"));
    }

    @Test
    void releasingAPlaceNotHeldChangesNothing() {
        fixture.given(scheduled(1))
                .when(new ReleaseCoursePlaceCommand("c1", "q1"))
                .expectNoEvents();
    }

    @Test
    void recordsASessionOfAnAssignedTrainer() {
        var command = session("trainer", LocalDate.of(2026, 10, 1), "3.75", "mentorat");
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                .when(command)
                .expectEvents(new CourseSessionRecordedEvent("c1", "s1", "trainer", command.date(), command.hours(),
                        "mentorat", List.of("q1")));
    }

    @Test
    void rejectsATrainerNotAssignedToTheCourse() {
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                .when(session("trainer2", LocalDate.of(2026, 10, 1), "3", "mentorat"))
                .expectException(NotPermittedException.class);
    }

    @Test
    void rejectsHoursOutsideTheRules() {
        for (var hours : List.of("0", "12.25", "2.1", "-1")) {
            fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                    .when(session("trainer", LocalDate.of(2026, 10, 1), hours, "mentorat"))
                    .expectException(RuleViolationException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void acceptsTwelveHours() {
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                .when(session("trainer", LocalDate.of(2026, 10, 1), "12", "mentorat"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsADateInTheFutureOrBeforeTheStart() {
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                .when(session("trainer", LocalDate.of(2026, 10, 16), "2", "mentorat"))
                .expectExceptionMessage("session.in-future[]");
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                .when(session("trainer", LocalDate.of(2026, 8, 31), "2", "mentorat"))
                .expectException(RuleViolationException.class);
    }

    @Test
    void rejectsAnUnknownModuleAndParticipantsNotEnrolled() {
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"))
                .when(session("trainer", LocalDate.of(2026, 10, 1), "2", "cooking"))
                .expectException(RuleViolationException.class);
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"), new CoursePlaceReleasedEvent("c1", "q1"))
                .when(session("trainer", LocalDate.of(2026, 10, 1), "2", "mentorat"))
                .expectExceptionMessage("session.participant-not-enrolled[q1]");
    }

    @Test
    void rejectsTheSameSessionTwice() {
        var command = session("trainer", LocalDate.of(2026, 10, 1), "2", "mentorat");
        fixture.given(scheduled(14), new CoursePlaceReservedEvent("c1", "q1"),
                        new CourseSessionRecordedEvent("c1", "s1", "trainer", command.date(), command.hours(), "mentorat",
                                List.of("q1")))
                .when(command)
                .expectException(CaseStateConflictException.class);
    }

    private static RecordCourseSessionCommand session(String trainer, LocalDate date, String hours, String module) {
        return new RecordCourseSessionCommand("c1", "s1", trainer, date, new BigDecimal(hours), module, List.of("q1"));
    }
}
