package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.security.Actor;
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

    QualificationView qualification(Actor actor, String caseId) {
        return QualificationView.of(caseEvents.visibleTo(actor, caseId, QUALIFICATION));
    }
}
