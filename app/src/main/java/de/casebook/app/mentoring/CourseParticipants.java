package de.casebook.app.mentoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A course's participants (those holding a place) with their hours and signed-off sessions, from the
 * read models: one query for the whole course instead of one fold per participant.
 */
@Component
class CourseParticipants {

    record SignOff(String sessionId, LocalDate date, BigDecimal hours, String module, boolean revoked,
                   String revocationReason) {
    }

    record Participant(String caseId, String caseNumber, String name, String status, BigDecimal hours,
                       BigDecimal requiredHours, List<SignOff> signOffs) {

        /** Progress towards the required hours, 0 to 100. */
        public int percent() {
            if (requiredHours.signum() <= 0) {
                return 100;
            }
            return hours.multiply(BigDecimal.valueOf(100)).divide(requiredHours, 0, RoundingMode.DOWN)
                    .min(BigDecimal.valueOf(100)).intValue();
        }

        /** Whether a trainer may sign off a session for them (admitted and not finished). */
        public boolean attending() {
            return status.equals("attending") || status.equals("requirements-met") || status.equals("incomplete");
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    CourseParticipants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Participant> of(String courseId) {
        var parameters = Map.of("courseId", courseId);
        var signOffs = new LinkedHashMap<String, List<SignOff>>();
        jdbc.query("""
                        SELECT case_id, session_id, held_on, hours, module, revoked, revocation_reason
                        FROM course_sign_off WHERE course_id = :courseId ORDER BY held_on, case_sequence""",
                parameters, row -> {
                    signOffs.computeIfAbsent(row.getString(1), caseId -> new ArrayList<>()).add(new SignOff(
                            row.getString(2), row.getObject(3, LocalDate.class), row.getBigDecimal(4),
                            row.getString(5), row.getBoolean(6), row.getString(7)));
                });
        return jdbc.query("""
                        SELECT p.case_id, c.case_number, c.person, c.status, p.hours, p.required_hours
                        FROM course_participant p JOIN case_index c USING (case_id)
                        WHERE p.course_id = :courseId AND c.status NOT IN ('declined', 'withdrawn', 'closed')
                        ORDER BY p.registered_at, p.case_id""",
                parameters, (row, number) -> new Participant(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getBigDecimal(5).stripTrailingZeros(),
                        row.getBigDecimal(6).stripTrailingZeros(),
                        List.copyOf(signOffs.getOrDefault(row.getString(1), List.of()))));
    }
}
