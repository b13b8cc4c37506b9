package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class QualificationSummaries implements CaseSummaries {

    record Summary(QualificationView qualification, CourseScheduledEvent course) {
    }

    private final Courses courses;
    private final CaseEvents caseEvents;
    private final JdbcClient jdbc;

    QualificationSummaries(Courses courses, CaseEvents caseEvents, JdbcClient jdbc) {
        this.courses = courses;
        this.caseEvents = caseEvents;
        this.jdbc = jdbc;
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
    public String processKey() {
        return MentorQualificationProcess.KEY;
    }

    @Override
    public String personName(Actor actor, String caseId) {
        return courses.registration(actor, caseId).participant().name();
    }

    @Override
    public Summary summary(Actor actor, String caseId, Instant asOf) {
        var qualification = QualificationView.of(
                CaseEvents.until(caseEvents.visibleTo(actor, caseId, Courses.QUALIFICATION), asOf));
        return new Summary(qualification, courses.scheduled(actor, qualification.courseId()));
    }

    @Override
    public List<FoundCase> search(Actor actor, String person, Instant openedFrom, Instant openedBefore) {
        return jdbc.sql("""
                        SELECT aggregateidentifier, timestamp, convert_from(payload, 'UTF8')::jsonb #>> '{participant,name}'
                        FROM domainevententry
                        WHERE payloadtype = :type
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'municipality' = :municipality
                          AND (CAST(:person AS TEXT) IS NULL
                               OR convert_from(payload, 'UTF8')::jsonb #>> '{participant,name}' ILIKE '%' || :person || '%')
                        ORDER BY globalindex DESC
                        LIMIT 500""")
                .param("type", ParticipantRegisteredEvent.class.getName())
                .param("municipality", actor.municipality())
                .param("person", person == null || person.isBlank() ? null : person.strip())
                .query((row, number) -> new FoundCase(row.getString(1), caseType(), row.getString(3),
                        Instant.parse(row.getString(2))))
                .list().stream()
                .filter(found -> found.openedBetween(openedFrom, openedBefore))
                .toList();
    }

    @Override
    public String summaryFragment() {
        return "mentoring/summary :: summary";
    }
}
