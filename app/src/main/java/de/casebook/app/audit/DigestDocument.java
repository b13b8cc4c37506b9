package de.casebook.app.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A signed digest of the hash chain as written to the digest directory and kept by auditors: block
 * {@code block} covers the events with a global index in ({@code fromIndex}, {@code toIndex}] and
 * names the newest event of every case they belong to.
 */
public record DigestDocument(String format, long block, long fromIndex, long toIndex, long eventCount,
                             Instant sealedAt, String previousHash, String blockHash, List<HeadEntry> heads,
                             String signatureAlgorithm, String publicKey, String signature) {

    public static final String FORMAT = "casebook-digest/1";

    public record HeadEntry(String caseId, long sequence, String hash) {
        AuditChain.Head head() {
            return new AuditChain.Head(caseId, sequence, AuditChain.unhex(hash));
        }
    }

    /** What the signature covers: the block's hash (which commits to everything else) and the time it was sealed. */
    public byte[] signedContent() {
        return (FORMAT + "\n" + blockHash + "\n" + sealedAt).getBytes(StandardCharsets.UTF_8);
    }

    public String recomputedBlockHash() {
        return AuditChain.hex(AuditChain.blockHash(AuditChain.unhex(previousHash), block, fromIndex, toIndex,
                heads.stream().map(HeadEntry::head).toList()));
    }

    public String fileName() {
        return "digest-%08d.json".formatted(block);
    }
}
