package de.casebook.app.mail;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.casebook.app.platform.ApiException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails to send, written in the transaction of the case step that causes them: the step and its mail
 * are stored together or not at all, and {@link OutboxDispatcher} sends them afterwards. A mail's
 * personal link is kept apart from its body ({@link #LINK} stands in for it) and forgotten once the
 * mail is sent, so that nobody reading the outbox can answer in the recipient's name.
 */
@Component
public class Outbox {

    /** Where a mail's personal link goes in its body. */
    public static final String LINK = "{{link}}";

    /** A mail as staff see it: the personal link only as {@link #LINK}. */
    public record Mail(long id, String caseId, String to, String subject, String body, Instant createdAt,
                       Instant sentAt, Instant failedAt, int attempts, String lastError, Long resentAs) {

        @JsonProperty
        public String status() {
            if (sentAt != null) {
                return "sent";
            }
            if (resentAs != null) {
                return "resent";
            }
            return failedAt != null ? "failed" : "pending";
        }
    }

    public record Page(List<Mail> items, long total) {
    }

    private record GivenUp(Mail mail, String body, String secretLink) {
    }

    private static final String COLUMNS = """
            id, case_id, recipient, subject, body, created_at, sent_at, failed_at, attempts, last_error, resent_as,
            secret_link""";
    private static final String LINK_SHOWN = "[persönlicher Link, steht nur in der E-Mail]";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String messageIdDomain;
    private final boolean revealLinks;

    public Outbox(JdbcClient jdbc, Clock clock, @Value("${casebook.mail.from:casebook@localhost}") String from,
                  @Value("${casebook.mail.reveal-links:false}") boolean revealLinks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messageIdDomain = from.substring(from.indexOf('@') + 1);
        this.revealLinks = revealLinks;
    }

    /** A subject that carries the case number, so that an answer finds its case ("Aktenzeichen"). */
    public static String subject(String subject, String caseNumber) {
        return caseNumber == null ? subject : subject + " (Aktenzeichen " + caseNumber + ")";
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String municipality, String caseId, String to, String subject, String body) {
        enqueue(municipality, caseId, to, subject, body, null);
    }

    /** A mail whose body holds {@link #LINK} where the personal link is to go. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String municipality, String caseId, String to, String subject, String body,
                        String secretLink) {
        if (secretLink != null && !body.contains(LINK)) {
            throw new IllegalArgumentException("a mail with a personal link needs " + LINK + " in its body");
        }
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        INSERT INTO outbox_mail (municipality, case_id, recipient, subject, body, secret_link, message_id,
                                                 created_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(municipality, caseId, to, subject, body, secretLink,
                        "<" + UUID.randomUUID() + "@" + messageIdDomain + ">", now, now)
                .query(Long.class).single();
    }

    /** The municipality's mails, newest first; only those given up when {@code failedOnly}. */
    public Page of(String municipality, boolean failedOnly, int page, int size) {
        var condition = "municipality = ?" + (failedOnly ? " AND failed_at IS NOT NULL AND resent_as IS NULL" : "");
        var total = jdbc.sql("SELECT count(*) FROM outbox_mail WHERE " + condition)
                .param(municipality).query(Long.class).single();
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM outbox_mail WHERE " + condition
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(municipality, size, (long) page * size)
                .query(this::mail).list();
        return new Page(items, total);
    }

    /** A case's mails, oldest first. */
    public List<Mail> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_mail WHERE case_id = ? ORDER BY id")
                .param(caseId).query(this::mail).list();
    }

    /**
     * Sends a mail that was given up again, to a corrected address, as a new mail (with its own
     * Message-ID) that carries the same personal link; the given-up mail records who sent it again.
     */
    @Transactional
    public long resend(String municipality, long mailId, String to, String username) {
        var failed = jdbc.sql("SELECT " + COLUMNS + " FROM outbox_mail"
                        + " WHERE id = ? AND municipality = ? FOR UPDATE")
                .params(mailId, municipality)
                .query((row, number) -> new GivenUp(mail(row, number), row.getString(5), row.getString(12)))
                .optional()
                .orElseThrow(() -> ApiException.notFound("mail.unknown", mailId));
        if (!failed.mail().status().equals("failed")) {
            throw ApiException.conflict("mail.not-failed", mailId);
        }
        var resent = enqueue(municipality, failed.mail().caseId(), to, failed.mail().subject(), failed.body(),
                failed.secretLink());
        jdbc.sql("UPDATE outbox_mail SET resent_as = ?, resent_by = ?, secret_link = NULL WHERE id = ?")
                .params(resent, username, mailId).update();
        return resent;
    }

    /**
     * A mail as shown: its personal link only where a demonstration without mail server asks for it
     * ({@code casebook.mail.reveal-links}, set by the demo profile alone).
     */
    private Mail mail(ResultSet row, int number) throws SQLException {
        var secretLink = row.getString(12);
        var body = row.getString(5).replace(Outbox.LINK, revealLinks && secretLink != null ? secretLink : LINK_SHOWN);
        return new Mail(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), body,
                instant(row.getTimestamp(6)), instant(row.getTimestamp(7)), instant(row.getTimestamp(8)),
                row.getInt(9), row.getString(10), (Long) row.getObject(11));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
