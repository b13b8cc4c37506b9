package de.casebook.app.readmodel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first part of a rebuild: every event up to a point read straight from the event table in
 * global order, in pages, with the payloads only of the events the projection reads (upcast and
 * deserialized by Axon's serializer as a processor would), and written in one transaction per page.
 * Replaying a million events this way takes seconds where a tracking processor, built for following
 * the newest events, takes a minute; the processor takes over for the rest (see
 * {@link ProjectionRebuilds}). The next page is read while the last one is written. Returns the last position read and the positions below it that were
 * still missing (transactions not yet committed), which the processor looks at again.
 */
final class BulkReplay {

    /** Axon's own window: a gap further back than this many positions is taken as rolled back. */
    static final long GAP_WINDOW = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(BulkReplay.class);
    private static final int PAGE = 5_000;
    private static final byte[] NOT_READ = new byte[0];

    record Outcome(long lastIndex, SortedSet<Long> gaps, long events) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    BulkReplay(JdbcTemplate jdbc, TransactionTemplate transactions, Serializer serializer, EventUpcaster upcasters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    <B extends ProjectionBatch> Outcome replay(Projection<B> projection, long upTo,
                                               SequencedDeadLetterQueue<EventMessage<?>> deadLetters,
                                               LongConsumer progress) {
        var payloads = projection.payloadsRead();
        var payloadTypes = payloads == null ? null : payloads.stream().map(Class::getName).toArray(String[]::new);
        var parked = new HashSet<String>();
        var gaps = new TreeSet<Long>();
        var last = -1L;
        var events = 0L;
        var readWait = 0L;
        var writing = 0L;
        var reader = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("projection-bulk-read-"));
        try {
            var next = CompletableFuture.supplyAsync(() -> read(-1, upTo, payloadTypes), reader);
            while (true) {
                var waiting = System.nanoTime();
                var page = next.join();
                readWait += System.nanoTime() - waiting;
                if (page.isEmpty()) {
                    break;
                }
                for (var row : page) {
                    for (var missing = last + 1; missing < row.index(); missing++) {
                        gaps.add(missing);
                    }
                    last = row.index();
                }
                gaps.headSet(last - GAP_WINDOW).clear();
                var after = last;
                next = after < upTo ? CompletableFuture.supplyAsync(() -> read(after, upTo, payloadTypes), reader)
                        : CompletableFuture.completedFuture(List.of());
                var applying = System.nanoTime();
                transactions.executeWithoutResult(status -> apply(projection, page, parked, deadLetters));
                writing += System.nanoTime() - applying;
                events += page.size();
                progress.accept(last);
            }
        } finally {
            reader.shutdownNow();
        }
        LOG.info("{}: {} events replayed, {} ms waiting for the event table, {} ms handling and writing",
                projection.name(), events, readWait / 1_000_000, writing / 1_000_000);
        return new Outcome(last, gaps, events);
    }

    private record Row(long index, DomainEventData<byte[]> data) {
    }

    private List<Row> read(long after, long upTo, String[] payloadTypes) {
        var payloadWanted = payloadTypes == null ? "TRUE" : "(sequencenumber = 0 OR payloadtype = ANY (?))";
        var sql = """
                SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,
                    payloadrevision, CASE WHEN %1$s THEN payload END, CASE WHEN %1$s THEN metadata END
                FROM domainevententry WHERE globalindex > ? AND globalindex <= ? ORDER BY globalindex LIMIT %2$d"""
                .formatted(payloadWanted, PAGE);
        Object[] arguments = payloadTypes == null ? new Object[] {after, upTo}
                : new Object[] {payloadTypes, payloadTypes, after, upTo};
        return jdbc.query(sql, (row, number) -> new Row(row.getLong(1), new GenericDomainEventEntry<>(
                row.getString(2), row.getString(3), row.getLong(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), orEmpty(row.getBytes(9)), orEmpty(row.getBytes(10)))), arguments);
    }

    /** A payload not read stays empty; the projection does not look at it. */
    private static byte[] orEmpty(byte[] bytes) {
        return bytes == null ? NOT_READ : bytes;
    }

    /** Records every event of the page in one batch and writes it; an event the projection cannot take is parked. */
    private <B extends ProjectionBatch> void apply(Projection<B> projection, List<Row> page, Set<String> parked,
                                                   SequencedDeadLetterQueue<EventMessage<?>> deadLetters) {
        var batch = projection.newBatch();
        var stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                page.stream().map(Row::data), serializer, upcasters);
        while (stream.hasNext()) {
            var event = stream.next();
            var aggregate = event.getAggregateIdentifier();
            if (parked.contains(aggregate)) {
                deadLetters.enqueue(aggregate, new GenericDeadLetter<>(aggregate, event));
                continue;
            }
            try {
                projection.replay(event, batch);
            } catch (RuntimeException cannotTake) {
                parked.add(aggregate);
                deadLetters.enqueue(aggregate, new GenericDeadLetter<>(aggregate, event, cannotTake));
            }
        }
        projection.flush(batch);
    }
}
