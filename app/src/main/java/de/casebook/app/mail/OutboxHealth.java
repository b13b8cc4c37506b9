package de.casebook.app.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Down when mails have been due for over an hour though a mail server is configured: the dispatcher
 * is stuck or the server refuses everything. Given-up mails are reported, not counted as down.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    private static final Duration STUCK = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean sending;

    OutboxHealth(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> sender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sending = sender.getIfAvailable() != null;
    }

    @Override
    public Health health() {
        var overdue = jdbc.sql("""
                        SELECT count(*) FROM outbox_mail
                        WHERE sent_at IS NULL AND failed_at IS NULL AND resent_as IS NULL AND next_attempt_at < ?""")
                .param(Timestamp.from(clock.instant().minus(STUCK))).query(Long.class).single();
        var failed = jdbc.sql("SELECT count(*) FROM outbox_mail WHERE failed_at IS NOT NULL AND resent_as IS NULL")
                .query(Long.class).single();
        var health = sending && overdue > 0 ? Health.down() : Health.up();
        return health.withDetail("sending", sending).withDetail("overdueForAnHour", overdue)
                .withDetail("givenUp", failed).build();
    }
}
