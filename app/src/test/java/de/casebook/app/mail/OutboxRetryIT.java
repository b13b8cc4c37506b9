package de.casebook.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.casebook.app.CasebookIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A mail that cannot be sent stays in the outbox and goes out once the server is back. */
class OutboxRetryIT extends CasebookIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    record Row(int attempts, String lastError, Instant sentAt) {
    }

    Row row(String caseId) {
        return jdbc.sql("SELECT attempts, last_error, sent_at FROM outbox_mail WHERE case_id = ?").param(caseId)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
    }

    @Test
    void aFailedSendIsRetriedUntilTheServerTakesIt() {
        var start = Instant.parse("2031-01-10T09:00:00Z");
        clock.moveTo(start);
        var caseId = "outbox-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.enqueue("musterstadt", caseId, "retry@example.org",
                "Erneut versuchen", "Text"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var row = row(caseId);
            assertThat(row.attempts()).isPositive();
            assertThat(row.lastError()).isNotBlank();
            assertThat(row.sentAt()).isNull();
        });

        var server = new GreenMail(ServerSetupTest.SMTP);
        server.start();
        try {
            clock.moveTo(start.plus(Duration.ofHours(2)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(row(caseId).sentAt()).isNotNull());
            assertThat(server.getReceivedMessagesForDomain("retry@example.org")).hasSize(1);
        } finally {
            server.stop();
        }
    }
}
