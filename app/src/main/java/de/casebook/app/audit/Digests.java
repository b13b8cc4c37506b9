package de.casebook.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the hash chain into signed digest blocks: the table {@code audit_digest} (append-only for
 * the application) and a file per block in the digest directory, for auditors to keep.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);

    public record Summary(long block, long fromIndex, long toIndex, long eventCount, int caseCount, Instant sealedAt,
                          String blockHash) {
    }

    private static final String SUMMARIES = """
            SELECT block, from_index, to_index, event_count, case_count, sealed_at, block_hash
            FROM audit_digest ORDER BY block DESC""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DigestSigner signer;
    private final AuditProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    Digests(JdbcClient jdbc, PlatformTransactionManager transactionManager, DigestSigner signer,
            AuditProperties properties, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.signer = signer;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Every digest interval, when there are new events; files lost from the directory are written again. */
    @Scheduled(fixedDelayString = "${casebook.audit.seal-check:PT30S}", initialDelayString = "${casebook.audit.seal-check:PT30S}")
    void sealWhenDue() {
        var latest = latest();
        var due = latest.map(digest -> !digest.sealedAt().plus(properties.digestInterval()).isAfter(clock.instant()))
                .orElse(true);
        if (due) {
            sealNow();
        }
        writeMissingFiles();
    }

    /** Seals every event stored so far into a new block; empty when there is nothing new since the last one. */
    public synchronized Optional<Summary> sealNow() {
        var head = transactions.execute(status -> jdbc.sql("SELECT casebook_sealable_head()").query(Long.class).single());
        var latest = latest();
        var fromIndex = latest.map(Summary::toIndex).orElse(0L);
        if (head == null || head <= fromIndex) {
            return Optional.empty();
        }
        var block = latest.map(digest -> digest.block() + 1).orElse(1L);
        var previousHash = latest.map(Summary::blockHash).orElse(AuditChain.hex(AuditChain.GENESIS));
        var document = transactions.execute(status -> seal(block, fromIndex, head, previousHash));
        write(document);
        log.info("Sealed digest block {} (events {}..{}, {} cases)", block, fromIndex + 1, head, document.heads().size());
        return Optional.of(summaryOf(document));
    }

    private DigestDocument seal(long block, long fromIndex, long toIndex, String previousHash) {
        var heads = jdbc.sql("""
                        SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier, sequencenumber, hash
                        FROM domainevententry WHERE globalindex > ? AND globalindex <= ?
                        ORDER BY aggregateidentifier, sequencenumber DESC""")
                .params(fromIndex, toIndex)
                .query((row, number) -> new DigestDocument.HeadEntry(row.getString(1), row.getLong(2),
                        AuditChain.hex(row.getBytes(3))))
                .list();
        var eventCount = jdbc.sql("SELECT count(*) FROM domainevententry WHERE globalindex > ? AND globalindex <= ?")
                .params(fromIndex, toIndex).query(Long.class).single();
        var sealedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var blockHash = AuditChain.hex(AuditChain.blockHash(AuditChain.unhex(previousHash), block, fromIndex, toIndex,
                heads.stream().map(DigestDocument.HeadEntry::head).toList()));
        var unsigned = new DigestDocument(DigestDocument.FORMAT, block, fromIndex, toIndex, eventCount, sealedAt,
                previousHash, blockHash, heads, DigestSigner.ALGORITHM, signer.publicKeyBase64(), null);
        var document = new DigestDocument(unsigned.format(), block, fromIndex, toIndex, eventCount, sealedAt,
                previousHash, blockHash, heads, unsigned.signatureAlgorithm(), unsigned.publicKey(),
                Base64.getEncoder().encodeToString(signer.sign(unsigned.signedContent())));
        jdbc.sql("""
                        INSERT INTO audit_digest (block, from_index, to_index, event_count, case_count, previous_hash,
                                                  block_hash, sealed_at, document)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(block, fromIndex, toIndex, eventCount, heads.size(), AuditChain.unhex(previousHash),
                        AuditChain.unhex(blockHash), Timestamp.from(sealedAt), text(document))
                .update();
        return document;
    }

    public List<Summary> all() {
        return jdbc.sql(SUMMARIES).query(Digests::summary).list();
    }

    public Optional<Summary> latest() {
        return jdbc.sql(SUMMARIES + " LIMIT 1").query(Digests::summary).optional();
    }

    /** The digest as it was written to the directory: the auditor's copy. */
    public Optional<String> document(long block) {
        return jdbc.sql("SELECT document FROM audit_digest WHERE block = ?").param(block).query(String.class).optional();
    }

    /** The digests in the digest directory, as the application wrote them (and as anyone with access may have changed them). */
    List<DigestDocument> fromDirectory() {
        var directory = properties.digests();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().matches("digest-\\d+\\.json"))
                    .sorted()
                    .map(file -> {
                        try {
                            return json.readValue(file.toFile(), DigestDocument.class);
                        } catch (IOException e) {
                            throw new UncheckedIOException("unreadable digest " + file, e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String publicKeyPem() {
        return signer.publicKeyPem();
    }

    boolean signatureValid(DigestDocument document) {
        return document.signature() != null
                && signer.verifies(document.signedContent(), Base64.getDecoder().decode(document.signature()));
    }

    private void writeMissingFiles() {
        jdbc.sql("SELECT block FROM audit_digest ORDER BY block").query(Long.class).list().forEach(block -> {
            var file = properties.digests().resolve("digest-%08d.json".formatted(block));
            if (!Files.exists(file)) {
                document(block).ifPresent(text -> writeText(file.getFileName().toString(), text));
            }
        });
    }

    private void write(DigestDocument document) {
        writeText(document.fileName(), text(document));
    }

    private void writeText(String fileName, String text) {
        try {
            Files.createDirectories(properties.digests());
            var target = properties.digests().resolve(fileName);
            var written = target.resolveSibling(fileName + ".new");
            Files.writeString(written, text);
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the table keeps the digest; the next check writes the file again
            log.error("Could not write digest {} to {}: {}", fileName, properties.digests(), e.getMessage());
        }
    }

    private String text(DigestDocument document) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Summary summary(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Summary(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getInt(5),
                row.getTimestamp(6).toInstant(), AuditChain.hex(row.getBytes(7)));
    }

    private static Summary summaryOf(DigestDocument document) {
        return new Summary(document.block(), document.fromIndex(), document.toIndex(), document.eventCount(),
                document.heads().size(), document.sealedAt(), document.blockHash());
    }
}
