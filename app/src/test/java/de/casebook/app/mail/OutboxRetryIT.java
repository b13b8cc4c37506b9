package de.casebook.app.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    @Test
    void staffSeeAGivenUpMailOnItsCaseAndSendItAgainFromThere() throws Exception {
        clock.moveTo(Instant.parse("2031-03-10T09:00:00Z"));
        var caseId = staff().ok("/api/card-applications", CaseRequests.cardApplication("Zoë Schäfer-Brandt",
                LocalDate.of(1990, 1, 2))).get("caseId").asText();
        runJobs(caseId);
        await().atMost(Duration.ofSeconds(20)).until(() -> row(caseId, "verein@example.org").attempts() >= 1);
        var mail = givenUp(caseId, "verein@example.org");

        var staff = PageSession.signIn(http.getRootUri(), "staff");
        var page = page(staff, "/cases/" + caseId);
        assertThat(page).contains("Zustellung aufgegeben", "Erneut senden", "verein@example.org");
        assertThat(page(PageSession.signIn(http.getRootUri(), "admin"), "/cases/" + caseId))
                .contains("Zustellung aufgegeben").doesNotContain("Erneut senden");
        assertThat(page(PageSession.signIn(http.getRootUri(), "auditor"), "/cases/" + caseId))
                .contains("Zoë Schäfer-Brandt").doesNotContain("Zustellung aufgegeben");

        assertThat(resend(staff, caseId, mail.id(), "kein Mail")).isEqualTo(302);
        assertThat(row(caseId, "verein@example.org").failedAt()).as("still given up").isNotNull();
        assertThat(resend(staff, caseId, mail.id(), "vorstand@example.org")).isEqualTo(302);
        assertThat(jdbc.sql("SELECT resent_by FROM outbox_mail WHERE id = ?").param(mail.id()).query(String.class)
                .single()).isEqualTo("staff");
        assertThat(row(caseId, "vorstand@example.org").secretLink()).as("the new mail carries the link")
                .contains("/public/confirmations/");
        assertThat(page(staff, "/cases/" + caseId)).contains("erneut gesendet", "vorstand@example.org");
    }

    private Row givenUp(String caseId, String recipient) {
        for (int attempt = row(caseId, recipient).attempts(); attempt < maxAttempts; attempt++) {
            clock.moveTo(clock.instant().plus(Duration.ofHours(2)));
            var expected = attempt + 1;
            await().atMost(Duration.ofSeconds(20)).until(() -> row(caseId, recipient).attempts() >= expected);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> row(caseId, recipient).failedAt() != null);
        return row(caseId, recipient);
    }

    private String page(PageSession session, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Cookie", session.cookie()).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int resend(PageSession session, String caseId, long mailId, String to) throws Exception {
        var form = "to=" + URLEncoder.encode(to, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/cases/"
                        + caseId + "/mails/" + mailId + "/resend"))
                .header("Cookie", session.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
