package de.casebook.app.mentoring;

import de.casebook.domain.mentoring.api.CoursePlaceReleasedEvent;
import de.casebook.domain.mentoring.api.CoursePlaceReservedEvent;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.mentoring.api.CourseSessionRecordedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** A course as its events tell it. */
public record CourseView(String id, String municipality, String title, String educationProvider, List<String> trainers,
                         LocalDate startDate, LocalDate endDate, BigDecimal requiredHours, int maxParticipants,
                         List<String> modules, List<String> participants, List<Session> sessions) {

    public record Session(String sessionId, LocalDate date, BigDecimal hours, String module, String trainer,
                          List<String> participants) {
    }

    public static CourseView of(List<DomainEventMessage<?>> events) {
        var scheduled = (CourseScheduledEvent) events.get(0).getPayload();
        var participants = new ArrayList<String>();
        var sessions = new ArrayList<Session>();
        for (var message : events) {
            var event = message.getPayload();
            if (event instanceof CoursePlaceReservedEvent reserved) {
                participants.add(reserved.caseId());
            } else if (event instanceof CoursePlaceReleasedEvent released) {
                participants.remove(released.caseId());
            } else if (event instanceof CourseSessionRecordedEvent session) {
                sessions.add(new Session(session.sessionId(), session.date(), session.hours(), session.module(),
                        session.trainer(), session.participants()));
            }
        }
        return new CourseView(scheduled.courseId(), scheduled.municipality(), scheduled.title(),
                scheduled.educationProvider(), scheduled.trainers(), scheduled.startDate(), scheduled.endDate(),
                scheduled.requiredHours(), scheduled.maxParticipants(), scheduled.modules(), participants, sessions);
    }
}
