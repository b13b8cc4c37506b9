package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.security.Actor;
import org.springframework.stereotype.Component;

@Component
class QualificationSummaries implements CaseSummaries {

    record Summary(QualificationView qualification, CourseView course) {
    }

    private final Courses courses;

    QualificationSummaries(Courses courses) {
        this.courses = courses;
    }

    @Override
    public String caseType() {
        return "qualification";
    }

    @Override
    public String aggregateType() {
        return Courses.QUALIFICATION;
    }

    @Override
    public String personName(Actor actor, String caseId) {
        return courses.registration(actor, caseId).participant().name();
    }

    @Override
    public Summary summary(Actor actor, String caseId) {
        var qualification = courses.qualification(actor, caseId);
        return new Summary(qualification, courses.course(actor, qualification.courseId()));
    }

    @Override
    public String summaryFragment() {
        return "mentoring/summary :: summary";
    }
}
