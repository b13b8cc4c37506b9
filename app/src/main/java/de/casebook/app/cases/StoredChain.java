package de.casebook.app.cases;

import java.util.Map;

/** The hash chain of a case's events as stored, for exports an auditor checks offline against a digest. */
public interface StoredChain {

    /**
     * What the hash of one event covers, besides the payload and metadata themselves (given as their
     * SHA-256), and the hash stored with it.
     */
    record Link(long globalIndex, String aggregateType, String eventId, String payloadType, String payloadRevision,
                String timestamp, String payloadSha256, String metadataSha256, String hash) {
    }

    /** The links of a case's events by sequence number. */
    Map<Long, Link> of(String caseId);
}
