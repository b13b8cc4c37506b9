package de.casebook.app.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails to send, written in the transaction of the case step that causes them: the step and its mail
 * are stored together or not at all, and {@link OutboxDispatcher} sends them afterwards.
 */
@Component
public class Outbox {

    public record Mail(String to, String subject, String body, Instant createdAt, Instant sentAt, String caseId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    /** A subject that carries the case number, so that an answer finds its case ("Aktenzeichen"). */
    public static String subject(String subject, String caseNumber) {
        return caseNumber == null ? subject : subject + " (Aktenzeichen " + caseNumber + ")";
    }

    public void enqueue(String municipality, String caseId, String to, String subject, String body) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO outbox_mail (municipality, case_id, recipient, subject, body, created_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(municipality, caseId, to, subject, body, now, now)
                .update();
    }

    /** The municipality's mails, newest first. */
    public List<Mail> of(String municipality, int limit) {
        return jdbc.sql("""
                        SELECT recipient, subject, body, created_at, sent_at, case_id FROM outbox_mail
                        WHERE municipality = ? ORDER BY id DESC LIMIT ?""")
                .params(municipality, limit)
                .query((row, number) -> new Mail(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant(), row.getString(6)))
                .list();
    }
}
