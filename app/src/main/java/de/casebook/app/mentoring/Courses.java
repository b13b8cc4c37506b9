package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds courses and qualification cases, and decides who may see them: the staff, auditors and admins
 * of the course's municipality, and the course's own trainers.
 */
@Component
class Courses {

    static final String COURSE = "Course";
    static final String QUALIFICATION = "Qualification";
    private static final Set<Role> OFFICE = Set.of(Role.STAFF, Role.AUDITOR, Role.ADMIN);

    private final CaseEvents caseEvents;

    Courses(CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
    }

    CourseView course(Actor actor, String courseId) {
        var events = caseEvents.existing(courseId, COURSE);
        requireMaySee(actor, (CourseScheduledEvent) events.get(0).getPayload());
        return CourseView.of(events);
    }

    /** What the course was scheduled with (trainers, dates, hours), without reading its sessions. */
    CourseScheduledEvent scheduled(Actor actor, String courseId) {
        var scheduled = scheduled(courseId);
        requireMaySee(actor, scheduled);
        return scheduled;
    }

    /** How the case was opened (course, window), without reading its later events. */
    ParticipantRegisteredEvent registration(Actor actor, String caseId) {
        var first = caseEvents.creation(caseId, QUALIFICATION);
        if (!(first.getPayload() instanceof ParticipantRegisteredEvent registered)) {
            if (!maySee(actor, first)) {
                throw new AccessDeniedException("qualification.not-yours");
            }
            throw ApiException.conflict("qualification.taken-over");
        }
        if (!maySee(actor, first)) {
            requireMaySee(actor, scheduled(registered.courseId()));
            throw new AccessDeniedException("qualification.not-yours");
        }
        return registered;
    }

    List<DomainEventMessage<?>> qualificationEvents(Actor actor, String caseId, Instant asOf) {
        return caseEvents.shownAsOf(caseId, QUALIFICATION, asOf, first -> maySee(actor, first),
                "qualification.not-yours");
    }

    QualificationView qualification(Actor actor, String caseId) {
        return QualificationView.of(qualificationEvents(actor, caseId, null));
    }

    /** Whether the actor may see the qualification case that this event opened. */
    boolean maySee(Actor actor, DomainEventMessage<?> opening) {
        if (!actor.municipality().equals(CaseEvents.municipalityOf(List.of(opening)))) {
            return false;
        }
        return OFFICE.contains(actor.role()) || opening.getPayload() instanceof ParticipantRegisteredEvent registered
                && isTrainerOf(actor, scheduled(registered.courseId()));
    }

    /** {@link #maySee} for the case index {@code c} (see {@code CaseSummaries#visibleCases}). */
    static String visibleCases(Actor actor) {
        if (OFFICE.contains(actor.role())) {
            return "c.municipality = :actorMunicipality";
        }
        if (actor.role() == Role.TRAINER) {
            return "c.municipality = :actorMunicipality AND EXISTS (SELECT 1 FROM course_list k"
                    + " WHERE k.course_id = c.parent_id AND :actorUser = ANY (k.trainers))";
        }
        return "FALSE";
    }

    /** A trainer of the municipality who is not on the course is told so; anyone else learns nothing. */
    private void requireMaySee(Actor actor, CourseScheduledEvent course) {
        if (!actor.municipality().equals(course.municipality())) {
            throw new AccessDeniedException("course.not-yours");
        }
        if (actor.role() == Role.TRAINER && !isTrainerOf(actor, course)) {
            throw ApiException.forbidden("course.not-a-trainer", actor.username());
        }
        if (!OFFICE.contains(actor.role()) && !isTrainerOf(actor, course)) {
            throw new AccessDeniedException("course.not-yours");
        }
    }

    private static boolean isTrainerOf(Actor actor, CourseScheduledEvent course) {
        return actor.role() == Role.TRAINER && course.trainers().contains(actor.username());
    }

    private CourseScheduledEvent scheduled(String courseId) {
        return (CourseScheduledEvent) caseEvents.creation(courseId, COURSE).getPayload();
    }
}
