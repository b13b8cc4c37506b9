package de.casebook.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.casebook.app.CasebookIntegrationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail that cannot be sent stays in the outbox and goes out once the server is back; one that keeps
 * failing is given up, shown to staff and sent again to a corrected address, with its personal link,
 * which nobody reading the outbox sees.
 */
class OutboxRetryIT extends CasebookIntegrationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Value("${casebook.mail.max-attempts:8}")
    int maxAttempts;

    record Row(long id, int attempts, String lastError, Instant sentAt, Instant failedAt, String secretLink,
               String messageId) {
    }

    Row row(String caseId, String recipient) {
        return jdbc.sql("""
                        SELECT id, attempts, last_error, sent_at, failed_at, secret_link, message_id FROM outbox_mail
                        WHERE case_id = ? AND recipient = ?""")
                .params(caseId, recipient)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getString(7)))
                .single();
    }

    /** Mails to exactly this address (other tests' mails go out too once a server is up). */
    private static MimeMessage[] receivedBy(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private String mailWithLink(String recipient) {
        var caseId = "outbox-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.enqueue("musterstadt", caseId, recipient,
                "Bitte bestätigen Sie das Engagement von Jürgen Weiß", "Guten Tag,\n\nbitte hier bestätigen: "
                        + Outbox.LINK + "\n", "http://localhost/public/confirmations/geheimes-token-" + caseId));
        return caseId;
    }

    @Test
    void aFailedSendIsRetriedUntilTheServerTakesIt() throws Exception {
        var start = Instant.parse("2031-01-10T09:00:00Z");
        clock.moveTo(start);
        var caseId = mailWithLink("çiğdem.öztürk@example.org");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var row = row(caseId, "çiğdem.öztürk@example.org");
            assertThat(row.attempts()).isPositive();
            assertThat(row.lastError()).isNotBlank().doesNotContain("çiğdem.öztürk@example.org");
            assertThat(row.sentAt()).isNull();
        });

        var server = new GreenMail(ServerSetupTest.SMTP);
        server.start();
        try {
            clock.moveTo(start.plus(Duration.ofHours(2)));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(row(caseId, "çiğdem.öztürk@example.org").sentAt()).isNotNull());
            var received = receivedBy(server, "çiğdem.öztürk@example.org");
            assertThat(received).hasSize(1);
            var row = row(caseId, "çiğdem.öztürk@example.org");
            assertThat(received[0].getMessageID()).as("the Message-ID fixed when the mail was written")
                    .isEqualTo(row.messageId());
            assertThat((String) received[0].getContent()).contains("/public/confirmations/geheimes-token-" + caseId);
            assertThat(row.secretLink()).as("the link is forgotten once sent").isNull();
        } finally {
            server.stop();
        }
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAndStaffSendItAgainToACorrectedAddress() throws Exception {
        var start = Instant.parse("2031-02-10T09:00:00Z");
        clock.moveTo(start);
        var caseId = mailWithLink("juergen.weiss@example.invalid");
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            var expected = attempt;
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> row(caseId, "juergen.weiss@example.invalid").attempts() >= expected);
            clock.moveTo(clock.instant().plus(Duration.ofHours(2)));
        }
        var givenUp = row(caseId, "juergen.weiss@example.invalid");
        assertThat(givenUp.failedAt()).isNotNull();
        assertThat(givenUp.attempts()).isEqualTo(maxAttempts);

        var failed = staff().read("/api/outbox?status=failed");
        assertThat(failed.get("total").asLong()).isPositive();
        var shown = failed.get("items").get(0);
        assertThat(shown.get("id").asLong()).isEqualTo(givenUp.id());
        assertThat(shown.get("status").asText()).isEqualTo("failed");
        assertThat(failed.toString()).as("no usable link for staff").doesNotContain("geheimes-token")
                .contains("[persönlicher Link, steht nur in der E-Mail]");

        assertProblem(staff().post("/api/outbox/" + givenUp.id() + "/resend", Map.of("to", "kein Mail")),
                HttpStatus.BAD_REQUEST, null);
        assertProblem(as("staff-b").post("/api/outbox/" + givenUp.id() + "/resend",
                Map.of("to", "juergen.weiss@example.org")), HttpStatus.NOT_FOUND, "mail.unknown");

        var server = new GreenMail(ServerSetupTest.SMTP);
        server.start();
        try {
            var resent = staff().post("/api/outbox/" + givenUp.id() + "/resend",
                    Map.of("to", "juergen.weiss@example.org"));
            assertThat(resent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertProblem(staff().post("/api/outbox/" + givenUp.id() + "/resend",
                    Map.of("to", "juergen.weiss@example.org")), HttpStatus.CONFLICT, "mail.not-failed");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(row(caseId, "juergen.weiss@example.org").sentAt()).isNotNull());
            var received = receivedBy(server, "juergen.weiss@example.org");
            assertThat(received).hasSize(1);
            assertThat((String) received[0].getContent()).contains("geheimes-token-" + caseId);
            assertThat(received[0].getMessageID()).isNotEqualTo(givenUp.messageId());
        } finally {
            server.stop();
        }
        assertThat(staff().read("/api/outbox?status=failed").toString()).doesNotContain("\"id\":" + givenUp.id() + ",");
    }
}
