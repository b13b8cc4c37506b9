package de.casebook.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit trail proves itself: the application may only append to it, and what a database
 * superuser changes behind its back (triggers disabled, as a real attacker would) is found and
 * located by a verification against the signed digests. Its own database: it tampers with it.
 */
@TestPropertySource(properties = "casebook.audit.digest-interval=PT11M")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIT extends CasebookIntegrationTest {

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    AuditProperties properties;
    @Autowired
    ObjectMapper json;

    @Test
    @Order(1)
    void theApplicationMayOnlyReadAndAppendToTheAuditTrail() {
        var caseId = admittedParticipant(scheduleCourse());
        for (var statement : List.of(
                "UPDATE domainevententry SET payload = payload WHERE aggregateidentifier = '" + caseId + "'",
                "DELETE FROM domainevententry WHERE aggregateidentifier = '" + caseId + "'",
                "TRUNCATE domainevententry",
                "UPDATE audit_digest SET document = ''",
                "DELETE FROM audit_digest",
                "ALTER TABLE domainevententry DISABLE TRIGGER chain_event")) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                    .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure).getMessage()).containsAnyOf("permission denied", "must be owner"));
        }
        assertThat(eventTypes(caseId)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void theDatabaseChainsEveryEventAsTheVerifierComputesIt() {
        var caseId = caseWithRequirementsMet(scheduleCourse());
        var rows = superuser().queryForList("""
                SELECT globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, payloadtype,
                       payloadrevision, timestamp, payload, metadata, hash
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", caseId);
        var previous = AuditChain.GENESIS;
        for (var row : rows) {
            var computed = AuditChain.eventHash(previous, stored(row));
            assertThat(AuditChain.hex(computed)).isEqualTo(AuditChain.hex((byte[]) row.get("hash")));
            previous = computed;
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    @Order(3)
    void anUntouchedStoreVerifiesAgainstItsSignedDigests() throws Exception {
        admittedParticipant(scheduleCourse());
        var sealed = as("auditor").post("/api/audit/digests", null);
        assertThat(sealed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var block = sealed.getBody().get("block").asLong();
        assertThat(as("auditor").post("/api/audit/digests", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var file = properties.directory().resolve("digests").resolve("digest-%08d.json".formatted(block));
        var written = json.readValue(Files.readString(file), DigestDocument.class);
        assertThat(written.heads()).isNotEmpty();
        assertThat(written.recomputedBlockHash()).isEqualTo(written.blockHash());
        assertThat(as("auditor").download("/api/audit/digests/" + block).getHeaders().getContentDisposition().getFilename())
                .isEqualTo(file.getFileName().toString());
        assertThat(as("auditor").read("/api/audit/digests").get(0).get("block").asLong()).isEqualTo(block);

        var result = verified(Map.of());
        assertThat(result.get("status").asText()).isEqualTo("verified");
        assertThat(result.get("eventsChecked").asLong()).isEqualTo(eventCount()).isEqualTo(result.get("total").asLong());
        assertThat(result.get("digestsChecked").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aCaseExportIsCheckedOfflineAgainstTheDigestByTheShippedVerifier(@TempDir Path directory) throws Exception {
        var caseId = caseWithRequirementsMet(scheduleCourse());
        var block = as("admin").ok("/api/audit/digests", null).get("block").asLong();
        var export = directory.resolve("history.json");
        var auditor = PageSession.signIn(http.getRootUri(), "auditor");
        Files.write(export, page(auditor, "/cases/" + caseId + "/history.json").body());
        var digest = directory.resolve("digest.json");
        Files.write(digest, as("auditor").download("/api/audit/digests/" + block).getBody());
        var key = directory.resolve("key.pem");
        Files.write(key, as("auditor").download("/api/audit/digests/public-key").getBody());
        var verifier = directory.resolve("VerifyCase.java");
        try (var source = getClass().getResourceAsStream("/static/audit/VerifyCase.java")) {
            Files.copy(source, verifier);
        }

        var checked = run(verifier, export, digest, key);
        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("OK: the case matches", "1 name this case");

        var tampered = json.readTree(export.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tampered.get("events").get(2).get("chain"))
                .put("payloadSha256", AuditChain.hex(AuditChain.sha256("ein anderer Inhalt".getBytes())));
        json.writeValue(export.toFile(), tampered);
        checked = run(verifier, export, digest, key);
        assertThat(checked.exitCode()).isEqualTo(1);
        assertThat(checked.output()).contains("FINDING: event 2: its hash does not match");
    }

    @Test
    @Order(8)
    void theIntegrityPageStartsAVerificationAndShowsItsResult() throws Exception {
        var auditor = PageSession.signIn(http.getRootUri(), "auditor");
        var started = BROWSER.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/audit/integrity/verifications"))
                .header("Cookie", auditor.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + auditor.csrf())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(302);
        var location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/audit/integrity?verification=");
        var shown = await().atMost(Duration.ofMinutes(1)).until(
                () -> new String(page(auditor, location.substring(location.indexOf("/audit"))).body(), UTF_8),
                html -> !html.contains(">läuft<"));
        assertThat(shown).contains("Integrität prüfen", "Abweichungen gefunden", "Ereignis fehlt (gelöscht)", "Digests");

        var staff = PageSession.signIn(http.getRootUri(), "staff");
        assertThat(page(staff, "/audit/integrity").statusCode()).isEqualTo(403);
    }

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private HttpResponse<byte[]> page(PageSession session, String path) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Cookie", session.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Checked(int exitCode, String output) {
    }

    private static Checked run(Path verifier, Path export, Path digest, Path key) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, verifier.toString(), export.toString(), digest.toString(),
                "--public-key", key.toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), UTF_8);
        return new Checked(process.waitFor(), output);
    }

    @Test
    @Order(5)
    void everyKindOfTamperingIsFoundWithItsCaseAndSequence() throws Exception {
        var courseId = scheduleCourse();
        var edited = caseWithRequirementsMet(courseId);
        var metadataEdited = caseWithRequirementsMet(courseId);
        var middleDeleted = caseWithRequirementsMet(courseId);
        var newestDeleted = caseWithRequirementsMet(courseId);
        var swapped = caseWithRequirementsMet(courseId);
        var forgedInto = caseWithRequirementsMet(courseId);
        var untouched = caseWithRequirementsMet(courseId);
        var digest = as("auditor").ok("/api/audit/digests", null);
        var keptByAuditor = json.readTree(as("auditor").download("/api/audit/digests/" + digest.get("block").asLong()).getBody());
        var newest = lastSequence(newestDeleted);
        var forgedSequence = lastSequence(forgedInto) + 1;
        var editedSequence = sequenceWith(edited, "12");

        var db = superuser();
        db.execute("SET session_replication_role = replica");
        db.update("""
                UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '12', '14'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", edited, editedSequence);
        db.update("""
                UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'staff', 'admin'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = 0""", metadataEdited);
        db.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2", middleDeleted);
        db.update("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?", newestDeleted, newest);
        db.update("""
                UPDATE domainevententry a SET payload = b.payload FROM domainevententry b
                WHERE a.aggregateidentifier = ? AND b.aggregateidentifier = a.aggregateidentifier
                  AND ((a.sequencenumber = 2 AND b.sequencenumber = 3) OR (a.sequencenumber = 3 AND b.sequencenumber = 2))""",
                swapped);
        forge(db, forgedInto, forgedSequence, keptByAuditor.get("toIndex").asLong());
        db.execute("SET session_replication_role = origin");

        var result = verified(Map.of("digests", List.of(keptByAuditor)));
        assertThat(result.get("status").asText()).isEqualTo("broken");
        var found = StreamSupport.stream(result.get("breaks").spliterator(), false)
                .map(b -> b.path("caseId").asText() + "#" + b.path("sequence").asText() + ":" + b.get("problem").asText())
                .collect(Collectors.toSet());
        assertThat(found).contains(
                edited + "#" + editedSequence + ":content-changed",
                metadataEdited + "#0:content-changed",
                middleDeleted + "#2:missing",
                newestDeleted + "#" + newest + ":missing",
                swapped + "#2:content-changed",
                swapped + "#3:content-changed",
                forgedInto + "#" + forgedSequence + ":not-in-digest");
        var casesNamed = StreamSupport.stream(result.get("breaks").spliterator(), false)
                .map(b -> b.path("caseId").asText()).collect(Collectors.toSet());
        assertThat(casesNamed).containsExactlyInAnyOrder(edited, metadataEdited, middleDeleted, newestDeleted, swapped,
                forgedInto).doesNotContain(untouched);
        assertThat(result.get("breaks").get(0).get("caseNumber").asText()).startsWith("BM-");
    }

    @Test
    @Order(6)
    void aDigestChangedOrSignedByAnotherKeyIsNotBelieved() throws Exception {
        admittedParticipant(scheduleCourse());
        var block = as("admin").ok("/api/audit/digests", null).get("block").asLong();
        var original = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                as("auditor").download("/api/audit/digests/" + block).getBody());

        var altered = original.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered.get("heads").get(0)).put("sequence", 99);
        var resigned = original.deepCopy();
        resigned.put("signature", java.util.Base64.getEncoder().encodeToString(new byte[64]));

        var result = verified(Map.of("digests", List.of(altered)));
        assertThat(problems(result)).contains("digest-altered");
        result = verified(Map.of("digests", List.of(resigned)));
        assertThat(problems(result)).contains("digest-signature-invalid");
    }

    @Test
    @Order(7)
    void onlyAuditorsAndAdministratorsVerify() {
        for (var user : List.of("staff", "trainer", "coordinator", "ministry", "jury1")) {
            assertThat(as(user).post("/api/audit/verifications", Map.of()).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).get("/api/audit/digests").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertProblem(as("auditor").get("/api/audit/verifications/" + java.util.UUID.randomUUID()), HttpStatus.NOT_FOUND,
                "audit.verification-not-found");
        assertProblem(as("auditor").get("/api/audit/digests/424242"), HttpStatus.NOT_FOUND, "audit.digest-not-found");
    }

    private JsonNode verified(Map<String, Object> request) {
        var started = as("auditor").post("/api/audit/verifications", request);
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        var id = started.getBody().get("id").asText();
        return await().atMost(Duration.ofMinutes(1)).until(
                () -> as("auditor").read("/api/audit/verifications/" + id),
                verification -> !"running".equals(verification.get("status").asText()));
    }

    private static Set<String> problems(JsonNode verification) {
        return StreamSupport.stream(verification.get("breaks").spliterator(), false)
                .map(b -> b.get("problem").asText()).collect(Collectors.toSet());
    }

    /** A forger who knows the algorithm: a well-chained event, placed among the sealed ones. */
    private void forge(JdbcTemplate db, String caseId, long sequence, long sealedUpTo) {
        var last = db.queryForMap("""
                SELECT * FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""", caseId);
        var freeIndex = db.queryForObject("""
                SELECT max(g) FROM generate_series(1, ?) g WHERE NOT EXISTS (SELECT 1 FROM domainevententry WHERE globalindex = g)""",
                Long.class, sealedUpTo);
        var forged = new AuditChain.StoredEvent(freeIndex, caseId, sequence, (String) last.get("type"),
                java.util.UUID.randomUUID().toString(), (String) last.get("payloadtype"), (String) last.get("payloadrevision"),
                (String) last.get("timestamp"), AuditChain.sha256((byte[]) last.get("payload")),
                AuditChain.sha256((byte[]) last.get("metadata")));
        db.update("""
                INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier,
                    metadata, payload, payloadrevision, payloadtype, timestamp, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", freeIndex, caseId, sequence, last.get("type"),
                forged.eventId(), last.get("metadata"), last.get("payload"), last.get("payloadrevision"),
                last.get("payloadtype"), last.get("timestamp"), AuditChain.eventHash((byte[]) last.get("hash"), forged));
    }

    private long lastSequence(String caseId) {
        return jdbc.sql("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(caseId).query(Long.class).single();
    }

    private long sequenceWith(String caseId, String text) {
        return jdbc.sql("""
                        SELECT min(sequencenumber) FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype LIKE '%SignedOff%' AND convert_from(payload, 'UTF8') LIKE ?""")
                .params(caseId, "%" + text + "%").query(Long.class).single();
    }

    private JdbcTemplate superuser() {
        var template = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", true));
        return template;
    }

    private static AuditChain.StoredEvent stored(Map<String, Object> row) {
        return new AuditChain.StoredEvent((Long) row.get("globalindex"), (String) row.get("aggregateidentifier"),
                (Long) row.get("sequencenumber"), (String) row.get("type"), (String) row.get("eventidentifier"),
                (String) row.get("payloadtype"), (String) row.get("payloadrevision"), (String) row.get("timestamp"),
                AuditChain.sha256((byte[]) row.get("payload")), AuditChain.sha256((byte[]) row.get("metadata")));
    }
}
