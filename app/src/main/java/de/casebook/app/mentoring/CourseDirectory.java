package de.casebook.app.mentoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The courses an actor may see: a trainer theirs, everyone else their municipality's. Read from the
 * scheduling events in the event store; a projection table replaces this when course lists grow.
 */
@Component
class CourseDirectory {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CourseDirectory(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<CourseScheduledEvent> visibleTo(Actor actor) {
        return jdbc.sql("SELECT payload FROM domainevententry WHERE payloadtype = ? ORDER BY globalindex DESC")
                .param(CourseScheduledEvent.class.getName())
                .query((row, number) -> read(row.getBytes(1)))
                .list().stream()
                .filter(course -> course.municipality().equals(actor.municipality()))
                .filter(course -> actor.role() != Role.TRAINER || course.trainers().contains(actor.username()))
                .toList();
    }

    private CourseScheduledEvent read(byte[] payload) {
        try {
            return json.readValue(payload, CourseScheduledEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
