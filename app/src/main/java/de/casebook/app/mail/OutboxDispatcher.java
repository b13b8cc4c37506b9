package de.casebook.app.mail;

import de.casebook.app.platform.Redaction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Sends what the outbox holds, one mail per transaction, oldest first, each with its fixed
 * Message-ID (a mail sent again after a crash between sending and recording is recognisable as the
 * same mail). A failed send is retried with a growing pause; after {@code casebook.mail.max-attempts}
 * the mail is given up and shown to staff. Without an SMTP server ({@code spring.mail.host} unset)
 * nothing is sent: mails wait in the outbox until one is configured.
 */
@Component
class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration MAX_PAUSE = Duration.ofHours(1);

    private record Pending(long id, String caseId, String to, String subject, String body, String secretLink,
                           String messageId, int attempts) {

        String text() {
            return secretLink == null ? body : body.replace(Outbox.LINK, secretLink);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Optional<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final Counter sent;
    private final Counter failed;
    private final Counter givenUp;

    OutboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
                     Clock clock, @Value("${casebook.mail.from:casebook@localhost}") String from,
                     @Value("${casebook.mail.max-attempts:8}") int maxAttempts, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = Optional.ofNullable(sender.getIfAvailable());
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.sent = Counter.builder("casebook.mail.sent").description("mails handed to the SMTP server")
                .register(meters);
        this.failed = Counter.builder("casebook.mail.failures").description("failed attempts to send a mail")
                .register(meters);
        this.givenUp = Counter.builder("casebook.mail.given.up")
                .description("mails given up after the last attempt").register(meters);
        if (this.sender.isEmpty()) {
            LOG.warn("no SMTP server configured (spring.mail.host): mails wait in the outbox and are not sent");
        }
    }

    @Scheduled(fixedDelayString = "${casebook.mail.dispatch-interval:PT5S}")
    void dispatch() {
        if (sender.isEmpty()) {
            return;
        }
        while (Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            // one mail per transaction, until none is due
        }
    }

    private boolean sendNext() {
        var now = Timestamp.from(clock.instant());
        var next = jdbc.sql("""
                        SELECT id, case_id, recipient, subject, body, secret_link, message_id, attempts FROM outbox_mail
                        WHERE sent_at IS NULL AND failed_at IS NULL AND resent_as IS NULL AND next_attempt_at <= ?
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(now)
                .query((row, number) -> new Pending(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getInt(8)))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        var mail = next.get();
        try {
            send(mail);
            jdbc.sql("UPDATE outbox_mail SET sent_at = ?, attempts = attempts + 1, secret_link = NULL WHERE id = ?")
                    .params(now, mail.id()).update();
            sent.increment();
        } catch (MailException | MessagingException failure) {
            recordFailure(mail, Redaction.emailAddresses(String.valueOf(failure.getMessage())));
            return false;
        }
        return true;
    }

    private void recordFailure(Pending mail, String error) {
        failed.increment();
        var attempt = mail.attempts() + 1;
        if (attempt >= maxAttempts) {
            givenUp.increment();
            LOG.warn("mail {} of case {} given up after {} attempts: {}", mail.id(), mail.caseId(), attempt, error);
            jdbc.sql("UPDATE outbox_mail SET attempts = ?, last_error = ?, failed_at = ? WHERE id = ?")
                    .params(attempt, error, Timestamp.from(clock.instant()), mail.id())
                    .update();
            return;
        }
        var pause = Duration.ofSeconds(30L << Math.min(mail.attempts(), 7));
        pause = pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
        LOG.warn("mail {} of case {} not sent (attempt {} of {}), retrying in {}: {}", mail.id(), mail.caseId(),
                attempt, maxAttempts, pause, error);
        jdbc.sql("UPDATE outbox_mail SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(attempt, error, Timestamp.from(clock.instant().plus(pause)), mail.id())
                .update();
    }

    private void send(Pending mail) throws MessagingException {
        var message = sender.orElseThrow().createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        // Spring keeps a Message-ID set before sending
        message.setHeader("Message-ID", mail.messageId());
        sender.get().send(message);
    }
}
