package de.casebook.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.cases.CaseSearch;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Verification runs of the whole chain in the background, one at a time, with their progress kept in a table. */
@Component
public class Verifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Verifications.class);
    private static final int PROGRESS_EVERY = 5_000;

    public enum Status { running, verified, broken, failed }

    public record Found(String caseId, String caseNumber, Long sequence, Long globalIndex, Long block, String problem) {
    }

    public record Verification(UUID id, Status status, long eventsChecked, long total, int digestsChecked,
                               long unsealedEvents, long breakCount, List<Found> breaks, String requestedBy,
                               Instant requestedAt, Instant finishedAt) {
    }

    private record Stored(List<Found> breaks, long breakCount, long unsealedEvents) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate separately;
    private final Digests digests;
    private final CaseSearch search;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(
            new CustomizableThreadFactory("audit-verification-"));

    Verifications(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                  Digests digests, CaseSearch search, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.digests = digests;
        this.search = search;
        this.json = json;
        this.clock = clock;
    }

    /** A run that was going when the application stopped did not finish: it says so. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        jdbc.sql("UPDATE audit_verification SET status = 'failed', finished_at = ? WHERE status = 'running'")
                .param(Timestamp.from(clock.instant())).update();
    }

    /** Starts checking the whole chain against the given digests (the auditor's), or those in the digest directory. */
    public UUID start(Actor actor, List<DigestDocument> heldByAuditor) {
        var held = heldByAuditor == null || heldByAuditor.isEmpty() ? digests.fromDirectory() : heldByAuditor;
        held.forEach(Verifications::requireComplete);
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO audit_verification (id, requested_by, requested_at, status) VALUES (?, ?, ?, 'running')")
                .params(id, actor.username(), Timestamp.from(clock.instant())).update();
        runner.submit(() -> run(id, held));
        return id;
    }

    private static void requireComplete(DigestDocument digest) {
        if (digest.blockHash() == null || digest.previousHash() == null || digest.heads() == null
                || digest.toIndex() <= digest.fromIndex() || digest.sealedAt() == null) {
            throw ApiException.unprocessable("audit.digest-incomplete", digest.block());
        }
    }

    public Optional<Verification> find(UUID id) {
        return jdbc.sql("""
                        SELECT id, status, events_checked, total, digests_checked, breaks, requested_by, requested_at,
                               finished_at FROM audit_verification WHERE id = ?""")
                .param(id).query(this::verification).optional();
    }

    public List<Verification> recent() {
        return jdbc.sql("""
                        SELECT id, status, events_checked, total, digests_checked, breaks, requested_by, requested_at,
                               finished_at FROM audit_verification ORDER BY requested_at DESC LIMIT 20""")
                .query(this::verification).list();
    }

    private void run(UUID id, List<DigestDocument> held) {
        try {
            var verifier = new ChainVerifier(held, digests::signatureValid);
            snapshot.executeWithoutResult(status -> {
                var total = streaming.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
                progress(id, 0, total);
                streaming.query("""
                        SELECT globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, payloadtype,
                               payloadrevision, timestamp, payload, metadata, hash
                        FROM domainevententry ORDER BY globalindex""", (ResultSet row) -> {
                    verifier.check(row(row));
                    if (verifier.eventsChecked() % PROGRESS_EVERY == 0) {
                        progress(id, verifier.eventsChecked(), total);
                    }
                });
            });
            verifier.finish();
            finish(id, verifier);
        } catch (RuntimeException e) {
            log.error("Verification {} failed", id, e);
            jdbc.sql("UPDATE audit_verification SET status = 'failed', finished_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
        }
    }

    private static ChainVerifier.Row row(ResultSet row) throws SQLException {
        return new ChainVerifier.Row(new AuditChain.StoredEvent(row.getLong(1), row.getString(2), row.getLong(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                AuditChain.sha256(row.getBytes(9)), AuditChain.sha256(row.getBytes(10))), row.getBytes(11));
    }

    /** Progress is written outside the reading transaction, so that the page sees it move. */
    private void progress(UUID id, long checked, long total) {
        separately.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE audit_verification SET events_checked = ?, total = ? WHERE id = ?")
                .params(checked, total, id).update());
    }

    private void finish(UUID id, ChainVerifier verifier) {
        var found = verifier.breaks().stream()
                .map(b -> new Found(b.caseId(), b.caseId() == null ? null : search.displayNumberOf(b.caseId()),
                        b.sequence(), b.globalIndex(), b.block(), b.problem()))
                .toList();
        var status = verifier.breakCount() == 0 ? Status.verified : Status.broken;
        jdbc.sql("""
                        UPDATE audit_verification SET status = ?, events_checked = ?, digests_checked = ?, breaks = ?,
                               finished_at = ? WHERE id = ?""")
                .params(status.name(), verifier.eventsChecked(), verifier.digestsChecked(),
                        text(new Stored(found, verifier.breakCount(), verifier.unsealedEvents())),
                        Timestamp.from(clock.instant()), id)
                .update();
        log.info("Verification {}: {} after {} events, {} digests, {} breaks", id, status, verifier.eventsChecked(),
                verifier.digestsChecked(), verifier.breakCount());
    }

    private Verification verification(ResultSet row, int number) throws SQLException {
        var stored = stored(row.getString(6));
        var finished = row.getTimestamp(9);
        return new Verification(row.getObject(1, UUID.class), Status.valueOf(row.getString(2)), row.getLong(3),
                row.getLong(4), row.getInt(5), stored.unsealedEvents(), stored.breakCount(), stored.breaks(),
                row.getString(7), row.getTimestamp(8).toInstant(), finished == null ? null : finished.toInstant());
    }

    private Stored stored(String text) {
        try {
            if (text.startsWith("[")) {
                return new Stored(json.readValue(text, new TypeReference<List<Found>>() { }), 0, 0);
            }
            return json.readValue(text, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable verification result", e);
        }
    }

    private String text(Stored stored) {
        try {
            return json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
