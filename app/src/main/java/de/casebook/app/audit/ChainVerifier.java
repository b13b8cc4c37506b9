package de.casebook.app.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks the event store's hash chain, event by event in global order, against the digests an
 * auditor holds. Every event's hash is recomputed from what is stored; each case's events must follow
 * on without a gap; at the end of each digest block, every case the block names must end exactly
 * where the digest says, and no case may have events in a block that does not name it.
 */
final class ChainVerifier {

    /** What was found, where: a case and sequence for events, a block for digests. */
    record Break(String caseId, Long sequence, Long globalIndex, Long block, String problem) {
    }

    /** An event as read from the table, with the hash stored beside it. */
    record Row(AuditChain.StoredEvent event, byte[] storedHash) {
    }

    private record CaseState(long lastSequence, byte[] lastHash, byte[] lastRecomputed) {
    }

    private static final int MAX_BREAKS = 1000;

    private final TreeMap<Long, DigestDocument> blocksByEnd = new TreeMap<>();
    private final Map<Long, Map<String, DigestDocument.HeadEntry>> headsByBlock = new HashMap<>();
    private final Map<String, CaseState> cases = new HashMap<>();
    private final List<Break> breaks = new ArrayList<>();
    private long breakCount;
    private long eventsChecked;
    private long unsealedEvents;
    private Map.Entry<Long, DigestDocument> nextBoundary;

    ChainVerifier(List<DigestDocument> digests, Predicate<DigestDocument> signatureValid) {
        var ordered = digests.stream().sorted(Comparator.comparingLong(DigestDocument::block)).toList();
        DigestDocument previous = null;
        for (var digest : ordered) {
            if (checkDigest(digest, previous, signatureValid)) {
                blocksByEnd.put(digest.toIndex(), digest);
                headsByBlock.put(digest.block(), digest.heads().stream()
                        .collect(Collectors.toMap(DigestDocument.HeadEntry::caseId, head -> head, (a, b) -> b)));
            }
            previous = digest;
        }
        nextBoundary = blocksByEnd.firstEntry();
    }

    private boolean checkDigest(DigestDocument digest, DigestDocument previous, Predicate<DigestDocument> signatureValid) {
        if (previous != null && previous.block() == digest.block()) {
            report(null, null, null, digest.block(), "digest-duplicate");
            return false;
        }
        if (!signatureValid.test(digest)) {
            report(null, null, null, digest.block(), "digest-signature-invalid");
            return false;
        }
        if (!digest.recomputedBlockHash().equals(digest.blockHash())) {
            report(null, null, null, digest.block(), "digest-altered");
            return false;
        }
        if (previous != null && previous.block() == digest.block() - 1
                && (!previous.blockHash().equals(digest.previousHash()) || previous.toIndex() != digest.fromIndex())) {
            report(null, null, null, digest.block(), "digest-chain-broken");
        } else if (previous != null && previous.block() != digest.block() - 1) {
            report(null, null, null, previous.block() + 1, "digest-missing");
        }
        return true;
    }

    void check(Row row) {
        var event = row.event();
        passBoundariesBefore(event.globalIndex());
        eventsChecked++;
        var state = cases.get(event.aggregateId());
        var expectedSequence = state == null ? 0 : state.lastSequence() + 1;
        var previous = state == null ? AuditChain.GENESIS : state.lastHash();
        var recomputed = AuditChain.eventHash(previous, event);
        if (event.sequence() > expectedSequence) {
            for (var missing = expectedSequence; missing < event.sequence(); missing++) {
                report(event.aggregateId(), missing, null, null, "missing");
            }
        } else if (event.sequence() < expectedSequence) {
            report(event.aggregateId(), event.sequence(), event.globalIndex(), null, "out-of-order");
        } else if (!Arrays.equals(recomputed, row.storedHash())) {
            report(event.aggregateId(), event.sequence(), event.globalIndex(), null, "content-changed");
        }
        cases.put(event.aggregateId(), new CaseState(event.sequence(), row.storedHash(), recomputed));
        checkNamedByItsBlock(event);
    }

    /** An event inside a sealed block belongs to a case that block names, at or before the sequence it names. */
    private void checkNamedByItsBlock(AuditChain.StoredEvent event) {
        var block = blocksByEnd.ceilingEntry(event.globalIndex());
        if (block == null) {
            unsealedEvents++;
            return;
        }
        if (event.globalIndex() <= block.getValue().fromIndex()) {
            return;
        }
        var head = headsByBlock.get(block.getValue().block()).get(event.aggregateId());
        if (head == null || event.sequence() > head.sequence()) {
            report(event.aggregateId(), event.sequence(), event.globalIndex(), block.getValue().block(), "not-in-digest");
        }
    }

    private void passBoundariesBefore(long globalIndex) {
        while (nextBoundary != null && nextBoundary.getKey() < globalIndex) {
            checkHeads(nextBoundary.getValue());
            nextBoundary = blocksByEnd.higherEntry(nextBoundary.getKey());
        }
    }

    /** At the end of a block, each case it names ends with exactly the event it names. */
    private void checkHeads(DigestDocument digest) {
        for (var head : digest.heads()) {
            var state = cases.get(head.caseId());
            if (state == null) {
                report(head.caseId(), head.sequence(), null, digest.block(), "case-missing");
            } else if (state.lastSequence() < head.sequence()) {
                for (var missing = state.lastSequence() + 1; missing <= head.sequence(); missing++) {
                    report(head.caseId(), missing, null, digest.block(), "missing");
                }
            } else if (state.lastSequence() == head.sequence()
                    && !AuditChain.hex(state.lastRecomputed()).equals(head.hash())) {
                report(head.caseId(), head.sequence(), null, digest.block(), "differs-from-digest");
            }
        }
    }

    /** After the last event: the blocks that end after it (their newest events are gone). */
    void finish() {
        passBoundariesBefore(Long.MAX_VALUE);
    }

    private void report(String caseId, Long sequence, Long globalIndex, Long block, String problem) {
        breakCount++;
        if (breaks.size() < MAX_BREAKS) {
            breaks.add(new Break(caseId, sequence, globalIndex, block, problem));
        }
    }

    List<Break> breaks() {
        return List.copyOf(breaks);
    }

    long breakCount() {
        return breakCount;
    }

    long eventsChecked() {
        return eventsChecked;
    }

    long unsealedEvents() {
        return unsealedEvents;
    }

    int digestsChecked() {
        return headsByBlock.size();
    }

    Set<String> casesWithBreaks() {
        var ids = new HashSet<String>();
        breaks.forEach(found -> {
            if (found.caseId() != null) {
                ids.add(found.caseId());
            }
        });
        return ids;
    }
}
