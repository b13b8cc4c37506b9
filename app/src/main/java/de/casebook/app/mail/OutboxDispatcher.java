package de.casebook.app.mail;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one mail per transaction, oldest first. Without an SMTP server
 * ({@code spring.mail.host} unset, the embedded default) a mail is logged and counts as sent; it
 * stays readable in the outbox. A failed send is retried with a growing pause, never dropped.
 */
@Component
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration MAX_PAUSE = Duration.ofHours(1);

    private record Pending(long id, String to, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Optional<JavaMailSender> sender;
    private final Clock clock;
    private final String from;

    OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
                     Clock clock, @Value("${casebook.mail.from:casebook@localhost}") String from) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${casebook.mail.dispatch-interval:PT5S}")
    void dispatch() {
        while (Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            // one mail per transaction, until none is due
        }
    }

    private boolean sendNext() {
        var now = Timestamp.from(clock.instant());
        var next = jdbc.sql("""
                        SELECT id, recipient, subject, body, attempts FROM outbox_mail
                        WHERE sent_at IS NULL AND next_attempt_at <= ?
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(now)
                .query((row, number) -> new Pending(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getInt(5)))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        var mail = next.get();
        try {
            send(mail);
            jdbc.sql("UPDATE outbox_mail SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                    .params(now, mail.id()).update();
        } catch (MailException | MessagingException failure) {
            var pause = Duration.ofSeconds(30L << Math.min(mail.attempts(), 7));
            LOG.warn("mail {} to case contact not sent (attempt {}), retrying in {}: {}", mail.id(),
                    mail.attempts() + 1, pause, failure.getMessage());
            jdbc.sql("UPDATE outbox_mail SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                    .params(failure.getMessage(), Timestamp.from(clock.instant().plus(
                            pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause)), mail.id())
                    .update();
            return false;
        }
        return true;
    }

    private void send(Pending mail) throws MessagingException {
        if (sender.isEmpty()) {
            LOG.info("mail {} not sent by SMTP (no server configured); it is kept in the outbox", mail.id());
            return;
        }
        var message = sender.get().createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        sender.get().send(message);
    }
}
