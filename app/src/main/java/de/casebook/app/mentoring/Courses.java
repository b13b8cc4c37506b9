package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import org.springframework.stereotype.Component;

/** Finds the courses and qualification cases an actor may see. */
@Component
class Courses {

    static final String COURSE = "Course";
    static final String QUALIFICATION = "Qualification";

    private final CaseEvents caseEvents;

    Courses(CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
    }

    CourseView course(Actor actor, String courseId) {
        return CourseView.of(caseEvents.visibleTo(actor, courseId, COURSE));
    }

    /** What the course was scheduled with (trainers, dates, hours), without reading its sessions. */
    CourseScheduledEvent scheduled(Actor actor, String courseId) {
        return (CourseScheduledEvent) caseEvents.creation(actor, courseId, COURSE).getPayload();
    }

    /** How the case was opened (course, window), without reading its later events. */
    ParticipantRegisteredEvent registration(Actor actor, String caseId) {
        return (ParticipantRegisteredEvent) caseEvents.creation(actor, caseId, QUALIFICATION).getPayload();
    }

    QualificationView qualification(Actor actor, String caseId) {
        return QualificationView.of(caseEvents.visibleTo(actor, caseId, QUALIFICATION));
    }
}
