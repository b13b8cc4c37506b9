package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

@Component
class QualificationSummaries implements CaseSummaries {

    record Summary(QualificationView qualification, CourseScheduledEvent course) {
    }

    private final Courses courses;

    QualificationSummaries(Courses courses) {
        this.courses = courses;
    }

    @Override
    public String caseType() {
        return CaseTypes.QUALIFICATION;
    }

    @Override
    public String aggregateType() {
        return Courses.QUALIFICATION;
    }

    @Override
    public String processKey() {
        return MentorQualificationProcess.KEY;
    }

    @Override
    public boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return courses.maySee(actor, events.get(0));
    }

    @Override
    public String visibleCases(Actor actor) {
        return Courses.visibleCases(actor);
    }

    @Override
    public Summary summary(Actor actor, String caseId, Instant asOf) {
        var qualification = QualificationView.of(courses.qualificationEvents(actor, caseId, asOf));
        return new Summary(qualification,
                qualification.takenOver() ? null : courses.scheduled(actor, qualification.courseId()));
    }

    @Override
    public String summaryFragment() {
        return "mentoring/summary :: summary";
    }
}
