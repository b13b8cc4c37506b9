package de.casebook.app.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many mails wait to be sent, and how many were given up and wait for staff. */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("casebook.mail.backlog", () -> count(
                        "sent_at IS NULL AND failed_at IS NULL AND resent_as IS NULL"))
                .description("mails not yet sent").register(registry);
        Gauge.builder("casebook.mail.failed", () -> count("failed_at IS NOT NULL AND resent_as IS NULL"))
                .description("mails given up, not sent again").register(registry);
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE " + condition).query(Long.class).single();
    }
}
