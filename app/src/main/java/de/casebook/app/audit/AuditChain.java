package de.casebook.app.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain's algorithm, as the database computes it when an event is inserted
 * ({@code V9__event_hash_chain.sql}) and as docs/audit-trail.md describes it for auditors.
 */
public final class AuditChain {

    /** The "previous hash" of a case's first event, and of the first digest block. */
    public static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();
    private static final Comparator<String> UTF8_ORDER = Comparator.comparing(
            (String text) -> text.getBytes(StandardCharsets.UTF_8), java.util.Arrays::compareUnsigned);

    private AuditChain() {
    }

    /** An event as stored, with its payload and metadata reduced to their SHA-256. */
    public record StoredEvent(long globalIndex, String aggregateId, long sequence, String aggregateType,
                              String eventId, String payloadType, String payloadRevision, String timestamp,
                              byte[] payloadSha256, byte[] metadataSha256) {
    }

    /** The newest event of a case at the end of a digest block. */
    public record Head(String caseId, long sequence, byte[] hash) {
    }

    public static byte[] eventHash(byte[] previous, StoredEvent event) {
        var content = new ByteArrayOutputStream(256);
        content.writeBytes(previous);
        content.writeBytes(int8(event.globalIndex()));
        field(content, text(event.aggregateId()));
        content.writeBytes(int8(event.sequence()));
        field(content, text(event.aggregateType()));
        field(content, text(event.eventId()));
        field(content, text(event.payloadType()));
        field(content, text(event.payloadRevision()));
        field(content, text(event.timestamp()));
        field(content, event.payloadSha256());
        field(content, event.metadataSha256());
        return sha256(content.toByteArray());
    }

    /** A block's hash commits to its predecessor, its range and the newest event of every case it touched. */
    public static byte[] blockHash(byte[] previous, long block, long fromIndex, long toIndex, List<Head> heads) {
        var content = new ByteArrayOutputStream(64 + heads.size() * 80);
        content.writeBytes(previous);
        content.writeBytes(int8(block));
        content.writeBytes(int8(fromIndex));
        content.writeBytes(int8(toIndex));
        heads.stream().sorted(Comparator.comparing(Head::caseId, UTF8_ORDER)).forEach(head -> {
            field(content, text(head.caseId()));
            content.writeBytes(int8(head.sequence()));
            field(content, head.hash());
        });
        return sha256(content.toByteArray());
    }

    public static byte[] sha256(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    public static byte[] unhex(String text) {
        return HEX.parseHex(text);
    }

    private static void field(ByteArrayOutputStream content, byte[] value) {
        if (value == null) {
            content.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        content.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        content.writeBytes(value);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] int8(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }
}
