package de.casebook.app.mentoring;

import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.StatementBatch;
import de.casebook.domain.mentoring.api.CourseHoursSignOffRevokedEvent;
import de.casebook.domain.mentoring.api.CourseHoursSignedOffEvent;
import de.casebook.domain.mentoring.api.CoursePlaceReleasedEvent;
import de.casebook.domain.mentoring.api.CoursePlaceReservedEvent;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.CourseSessionRecordedEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Courses with their trainers and number of participants, each participant's hours, and every signed-off session. */
@Component
class CourseProjection extends Projection<StatementBatch> {

    static final String NAME = "courses";
    private static final Set<Class<?>> READS = Set.of(CourseScheduledEvent.class, CoursePlaceReservedEvent.class,
            CoursePlaceReleasedEvent.class, CourseSessionRecordedEvent.class, ParticipantRegisteredEvent.class,
            CourseHoursSignedOffEvent.class, CourseHoursSignOffRevokedEvent.class);

    @Autowired
    CourseProjection(JdbcTemplate jdbc) {
        this(ProjectionTables.live(names("course_list", "course_participant", "course_sign_off")), jdbc);
    }

    private CourseProjection(ProjectionTables tables, JdbcTemplate jdbc) {
        super(NAME, tables, jdbc, StatementBatch::new);
    }

    @Override
    public CourseProjection writingTo(ProjectionTables tables) {
        return new CourseProjection(tables, jdbc());
    }

    @Override
    protected Set<Class<?>> payloadsRead() {
        return READS;
    }

    @Override
    protected void apply(DomainEventMessage<?> message, StatementBatch batch) {
        var event = message.getPayload();
        if (event instanceof CourseScheduledEvent scheduled) {
            batch.add("""
                    INSERT INTO {course_list} (course_id, municipality, title, education_provider, trainers, start_date,
                        end_date, max_participants, participants, sessions, scheduled_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?) ON CONFLICT (course_id) DO NOTHING""",
                    scheduled.courseId(), scheduled.municipality(), scheduled.title(), scheduled.educationProvider(),
                    scheduled.trainers(), scheduled.startDate(), scheduled.endDate(), scheduled.maxParticipants(),
                    message.getTimestamp());
        } else if (event instanceof CoursePlaceReservedEvent reserved) {
            batch.add("UPDATE {course_list} SET participants = participants + 1 WHERE course_id = ?",
                    reserved.courseId());
        } else if (event instanceof CoursePlaceReleasedEvent released) {
            batch.add("UPDATE {course_list} SET participants = participants - 1 WHERE course_id = ?",
                    released.courseId());
        } else if (event instanceof CourseSessionRecordedEvent session) {
            batch.add("UPDATE {course_list} SET sessions = sessions + 1 WHERE course_id = ?", session.courseId());
        } else if (event instanceof ParticipantRegisteredEvent registered) {
            batch.add("""
                    INSERT INTO {course_participant} (case_id, course_id, hours, required_hours, registered_at)
                    VALUES (?, ?, 0, ?, ?) ON CONFLICT (case_id) DO NOTHING""",
                    registered.caseId(), registered.courseId(), registered.requiredHours(), message.getTimestamp());
        } else if (event instanceof CourseHoursSignedOffEvent signedOff) {
            batch.add("UPDATE {course_participant} SET hours = ? WHERE case_id = ?", signedOff.hoursSignedOff(),
                    signedOff.caseId());
            batch.add("""
                    INSERT INTO {course_sign_off} (case_id, session_id, course_id, held_on, hours, module, revoked,
                        case_sequence)
                    SELECT case_id, ?, course_id, ?, ?, ?, FALSE, ? FROM {course_participant} WHERE case_id = ?
                    ON CONFLICT (case_id, session_id) DO NOTHING""",
                    signedOff.sessionId(), signedOff.date(), signedOff.hours(), signedOff.module(),
                    message.getSequenceNumber(), signedOff.caseId());
        } else if (event instanceof CourseHoursSignOffRevokedEvent revoked) {
            batch.add("UPDATE {course_participant} SET hours = ? WHERE case_id = ?", revoked.hoursSignedOff(),
                    revoked.caseId());
            batch.add("""
                    UPDATE {course_sign_off} SET revoked = TRUE, revocation_reason = ?
                    WHERE case_id = ? AND session_id = ? AND NOT revoked""",
                    revoked.reason(), revoked.caseId(), revoked.sessionId());
        }
    }
}
