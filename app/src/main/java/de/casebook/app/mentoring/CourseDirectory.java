package de.casebook.app.mentoring;

import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The courses an actor may see, newest start first: a trainer theirs, staff, auditors and admins their municipality's. */
@Component
class CourseDirectory {

    record Listed(String courseId, String title, String educationProvider, List<String> trainers, LocalDate startDate,
                  LocalDate endDate, int participants, int maxParticipants, int sessions) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CourseDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Listed> visibleTo(Actor actor) {
        var trainerOnly = actor.role() == Role.TRAINER ? " AND :user = ANY (trainers)" : "";
        return jdbc.query("""
                        SELECT course_id, title, education_provider, trainers, start_date, end_date, participants,
                            max_participants, sessions
                        FROM course_list WHERE municipality = :municipality%s
                        ORDER BY start_date DESC, scheduled_at DESC, course_id""".formatted(trainerOnly),
                Map.of("municipality", actor.municipality(), "user", actor.username()),
                (row, number) -> new Listed(row.getString(1), row.getString(2), row.getString(3),
                        Arrays.asList((String[]) row.getArray(4).getArray()), row.getObject(5, LocalDate.class),
                        row.getObject(6, LocalDate.class), row.getInt(7), row.getInt(8), row.getInt(9)));
    }
}
