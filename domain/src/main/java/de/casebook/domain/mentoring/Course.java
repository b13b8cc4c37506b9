package de.casebook.domain.mentoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.mentoring.api.CoursePlaceReleasedEvent;
import de.casebook.domain.mentoring.api.CoursePlaceReservedEvent;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.CourseSessionRecordedEvent;
import de.casebook.domain.mentoring.api.RecordCourseSessionCommand;
import de.casebook.domain.mentoring.api.ReleaseCoursePlaceCommand;
import de.casebook.domain.mentoring.api.ReserveCoursePlaceCommand;
import de.casebook.domain.mentoring.api.ScheduleCourseCommand;
import de.casebook.domain.mentoring.api.SessionRules;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.NotPermittedException;
import de.casebook.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A local mentor course: its trainers, modules, window, places and the sessions held. */

public class Course {

    @AggregateIdentifier
    private String courseId;
    private List<String> trainers;
    private List<String> modules;
    private LocalDate startDate;
    private int maxParticipants;
    private SessionRules sessionRules;
    private final Set<String> participants = new HashSet<>();
    private final Set<String> sessions = new HashSet<>();

    protected Course() {
        // for Axon
    }

    @CommandHandler
    public Course(ScheduleCourseCommand command) {
        if (!command.endDate().isAfter(command.startDate())) {
            throw new RuleViolationException("course.end-before-start", command.startDate(), command.endDate());
        }
        if (command.requiredHours().signum() <= 0) {
            throw new RuleViolationException("course.required-hours-positive");
        }
        if (command.maxParticipants() < 1) {
            throw new RuleViolationException("course.max-participants-positive");
        }
        if (command.trainers().isEmpty()) {
            throw new RuleViolationException("course.trainer-required");
        }
        if (command.modules().isEmpty() || new HashSet<>(command.modules()).size() != command.modules().size()) {
            throw new RuleViolationException("course.modules-invalid");
        }
        apply(new CourseScheduledEvent(command.courseId(), command.municipality(), command.title(),
                command.educationProvider(), List.copyOf(command.trainers()), command.startDate(),
                command.endDate(), command.requiredHours(), command.maxParticipants(),
                List.copyOf(command.modules()), command.sessionRules()));
    }

    @CommandHandler
    public void handle(ReserveCoursePlaceCommand command) {
        if (participants.contains(command.caseId())) {
            throw new CaseStateConflictException("course.already-enrolled");
        }
        if (participants.size() >= maxParticipants) {
            throw new RuleViolationException("course.full", maxParticipants);
        }
        apply(new CoursePlaceReservedEvent(courseId, command.caseId()));
    }

    @CommandHandler
    public void handle(ReleaseCoursePlaceCommand command) {
        if (participants.contains(command.caseId())) {
            apply(new CoursePlaceReleasedEvent(courseId, command.caseId()));
        }
    }

    @CommandHandler
    public void handle(RecordCourseSessionCommand command, Clock clock) {
        if (!trainers.contains(command.trainer())) {
            throw new NotPermittedException("course.not-a-trainer", command.trainer());
        }
        if (sessions.contains(command.sessionId())) {
            throw new CaseStateConflictException("session.already-recorded");
        }
        checkSession(command, LocalDate.now(clock));
        apply(new CourseSessionRecordedEvent(courseId, command.sessionId(), command.trainer(), command.date(),
                command.hours(), command.module(), List.copyOf(command.participants())));
    }

    private void checkSession(RecordCourseSessionCommand command, LocalDate today) {
        if (!sessionRules.allows(command.hours())) {
            throw new RuleViolationException("session.hours-invalid", sessionRules.maxHours(), sessionRules.step());
        }
        if (command.date().isBefore(startDate)) {
            throw new RuleViolationException("session.before-course-start", startDate);
        }
        if (command.date().isAfter(today)) {
            throw new RuleViolationException("session.in-future");
        }
        if (!modules.contains(command.module())) {
            throw new RuleViolationException("session.unknown-module", command.module());
        }
        if (command.participants().isEmpty()
                || new HashSet<>(command.participants()).size() != command.participants().size()) {
            throw new RuleViolationException("session.participants-invalid");
        }
        command.participants().stream()
                .filter(participant -> !participants.contains(participant))
                .findFirst()
                .ifPresent(participant -> {
                    throw new RuleViolationException("session.participant-not-enrolled", participant);
                });
    }

    @EventSourcingHandler
    void on(CourseScheduledEvent event) {
        courseId = event.courseId();
        trainers = event.trainers();
        modules = event.modules();
        startDate = event.startDate();
        maxParticipants = event.maxParticipants();
        sessionRules = event.sessionRules();
    }

    @EventSourcingHandler
    void on(CoursePlaceReservedEvent event) {
        participants.add(event.caseId());
    }

    @EventSourcingHandler
    void on(CoursePlaceReleasedEvent event) {
        participants.remove(event.caseId());
    }

    @EventSourcingHandler
    void on(CourseSessionRecordedEvent event) {
        sessions.add(event.sessionId());
    }
}
