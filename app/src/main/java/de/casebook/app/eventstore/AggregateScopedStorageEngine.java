package de.casebook.app.eventstore;

import de.casebook.app.privacy.PersonalDataScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's JDBC storage engine, telling the serializer which aggregate each payload and snapshot
 * belongs to while it writes them: personal data is sealed with a key of its subject for that
 * aggregate ({@link PersonalDataScope}). Reads the two parts of a stream that views need without the
 * rest: a case's first event, and its events up to an instant; an aggregate's snapshot and the events
 * after it in one query. Lets the event store's reader of new events stop after a batch that was not full.
 */
class AggregateScopedStorageEngine extends JdbcEventStorageEngine {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateScopedStorageEngine.class);
    private static final Instant LAST_FOUR_DIGIT_YEAR = Instant.parse("9999-12-31T23:59:59Z");

    private final SnapshotFilter snapshotFilter;
    private final HeadOfStream head = new HeadOfStream();
    private final EventPositions positions = new EventPositions();

    AggregateScopedStorageEngine(Builder builder, SnapshotFilter snapshotFilter) {
        super(builder.snapshotFilter(snapshotFilter));
        this.snapshotFilter = snapshotFilter;
    }

    /**
     * An aggregate's newest snapshot, if any, and the events after it, read by one query where Axon
     * asks twice (the snapshot table, then the events after the snapshot it found). A first batch that
     * is full goes on as Axon's batched stream. Empty when the snapshot may not be used (the snapshot
     * filter refuses its revision): then Axon decides among the older snapshots. A snapshot that cannot
     * be read is passed over as Axon does, and the aggregate is built from all its events.
     */
    Optional<DomainEventStream> readSnapshotAndEvents(String aggregateIdentifier) {
        var schema = schema();
        var fields = domainEventFields();
        var sql = "WITH snapshot AS (SELECT " + fields + " FROM " + schema.snapshotTable() + " WHERE "
                + schema.aggregateIdentifierColumn() + " = ? ORDER BY " + schema.sequenceNumberColumn()
                + " DESC LIMIT 1) SELECT TRUE AS is_snapshot, " + fields + " FROM snapshot UNION ALL"
                + " (SELECT FALSE, " + fields + " FROM " + schema.domainEventTable() + " WHERE "
                + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn()
                + " > coalesce((SELECT " + schema.sequenceNumberColumn() + " FROM snapshot), -1) ORDER BY "
                + schema.sequenceNumberColumn() + " LIMIT ?) ORDER BY is_snapshot DESC, " + schema.sequenceNumberColumn();
        var stored = JdbcUtils.executeQuery(getConnection(),
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setString(1, aggregateIdentifier);
                    statement.setString(2, aggregateIdentifier);
                    statement.setInt(3, batchSize());
                    return statement;
                },
                this::snapshotAndEvents,
                e -> new EventStoreException("Failed to read the snapshot and events of " + aggregateIdentifier, e));
        var events = stored.events();
        if (stored.snapshot() == null) {
            return Optional.of(continued(aggregateIdentifier, events, deserialized(events)));
        }
        if (!snapshotFilter.allow(stored.snapshot())) {
            return Optional.empty();
        }
        DomainEventMessage<?> restored;
        try {
            restored = (DomainEventMessage<?>) EventStreamUtils.upcastAndDeserializeDomainEvents(
                    Stream.of(stored.snapshot()), getSnapshotSerializer(), upcasterChain).asStream().findFirst().orElse(null);
            if (restored != null) {
                restored.getPayload(); // deserialized here, where a failure can still fall back to the events
            }
        } catch (RuntimeException | LinkageError unreadable) {
            LOG.warn("Error reading snapshot for aggregate [{}]. Reconstructing from entire event stream.",
                    aggregateIdentifier, unreadable);
            restored = null;
        }
        if (restored == null) {
            return Optional.of(readEvents(aggregateIdentifier, 0));
        }
        return Optional.of(continued(aggregateIdentifier, events,
                DomainEventStream.concat(DomainEventStream.of(restored), deserialized(events))));
    }

    private record SnapshotAndEvents(DomainEventData<?> snapshot, List<DomainEventData<?>> events) {
    }

    private SnapshotAndEvents snapshotAndEvents(ResultSet rows) throws SQLException {
        DomainEventData<?> snapshot = null;
        var events = new ArrayList<DomainEventData<?>>();
        while (rows.next()) {
            if (rows.getBoolean("is_snapshot")) {
                snapshot = getSnapshotData(rows);
            } else {
                events.add(getDomainEventData(rows));
            }
        }
        return new SnapshotAndEvents(snapshot, events);
    }

    /**
     * Axon's JDBC engine reads an aggregate's events in windows of sequence numbers until a window comes
     * back empty, a query more for every stream. An aggregate's sequence numbers here have no holes (the
     * hash chain's trigger refuses an event without its predecessor; the application's role may not
     * delete events), so a window that is not full is the end of the stream.
     */
    @Override
    protected boolean fetchForAggregateUntilEmpty() {
        return false;
    }

    /** A full first batch may not be all: the rest follows as Axon reads it, after the batch's last event. */
    private DomainEventStream continued(String aggregateIdentifier, List<? extends DomainEventData<?>> batch,
                                        DomainEventStream stream) {
        if (batch.size() < batchSize()) {
            return stream;
        }
        return DomainEventStream.concat(stream,
                readEvents(aggregateIdentifier, batch.get(batch.size() - 1).getSequenceNumber() + 1));
    }

    /** The first event of an aggregate, one row read, not a batch of its stream. */
    DomainEventStream readFirstEvent(String aggregateIdentifier) {
        return deserialized(fetchDomainEvents(aggregateIdentifier, 0, 1));
    }

    /**
     * The events of an aggregate recorded at or before {@code until}, without reading the ones after
     * it. Axon stores each event's time as text of one fixed shape (ISO-8601 in UTC to the millisecond),
     * which sorts as the times do: its own {@code createTokenAt} compares it the same way.
     */
    DomainEventStream readEventsUntil(String aggregateIdentifier, Instant until) {
        if (until.isAfter(LAST_FOUR_DIGIT_YEAR)) {
            return readEvents(aggregateIdentifier, 0);
        }
        var schema = schema();
        var sql = "SELECT " + domainEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND " + schema.timestampColumn()
                + " <= ? ORDER BY " + schema.sequenceNumberColumn();
        List<? extends DomainEventData<?>> rows = JdbcUtils.executeQuery(getConnection(),
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    statement.setString(1, aggregateIdentifier);
                    writeTimestamp(statement, 2, until);
                    return statement;
                },
                JdbcUtils.listResults(this::getDomainEventData),
                e -> new EventStoreException("Failed to read the events of " + aggregateIdentifier + " until " + until, e));
        return deserialized(rows);
    }

    /** Told by the event store after this node's events became visible. */
    void committed() {
        head.committed();
    }

    EventPositions positions() {
        return positions;
    }

    /** Every reader's batches tell those waiting for one of the events where it is. */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        var events = super.fetchTrackedEvents(lastToken, batchSize);
        positions.read(events);
        return events;
    }

    /**
     * The embedded event store reads new events (with {@code mayBlock}) whenever a transaction commits and
     * reads once more at once after finding any; Axon's stream would first ask for a further batch until
     * one comes back empty, a query per commit that finds nothing (two: an empty batch is followed by a
     * look for events beyond a range of holes). A batch that was not full ends this stream; the store's
     * next read carries on from there, and the one at once after it finds nothing without asking
     * ({@link HeadOfStream}). Other readers (processors catching up, rebuilds) keep Axon's stream, which
     * does not stop at a range with holes in it.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        if (!mayBlock) {
            return super.readEventData(trackingToken, mayBlock);
        }
        return newEvents(trackingToken, token -> fetchTrackedEvents(token, batchSize()), batchSize(), head);
    }

    static Stream<TrackedEventData<?>> newEvents(TrackingToken from,
                                                 Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                                                 int batchSize, HeadOfStream head) {
        if (head.nothingNewAfter(from)) {
            return Stream.empty();
        }
        return StreamSupport.stream(new UntilShortBatch(from, fetch, batchSize, head), false);
    }

    static final class UntilShortBatch extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private final Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch;
        private final int batchSize;
        private final HeadOfStream head;
        private TrackingToken lastToken;
        private Iterator<? extends TrackedEventData<?>> batch = Collections.emptyIterator();
        private boolean lastBatch;

        UntilShortBatch(TrackingToken from, Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                        int batchSize, HeadOfStream head) {
            super(Long.MAX_VALUE, NONNULL | ORDERED | DISTINCT | CONCURRENT);
            this.lastToken = from;
            this.fetch = fetch;
            this.batchSize = batchSize;
            this.head = head;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (!batch.hasNext()) {
                if (lastBatch) {
                    return false;
                }
                long commitsBeforeTheRead = head.commitsSoFar();
                var events = fetch.apply(lastToken);
                lastBatch = events.size() < batchSize;
                batch = events.iterator();
                if (!batch.hasNext()) {
                    return false;
                }
                if (lastBatch) {
                    head.reachedAfter(events.get(events.size() - 1).trackingToken(), commitsBeforeTheRead);
                }
            }
            var next = batch.next();
            lastToken = next.trackingToken();
            action.accept(next);
            return true;
        }
    }

    private DomainEventStream deserialized(List<? extends DomainEventData<?>> rows) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), getEventSerializer(), upcasterChain);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        var aggregates = new IdentityHashMap<Object, String>();
        events.forEach(event -> {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                aggregates.put(domainEvent.getPayload(), domainEvent.getAggregateIdentifier());
            }
        });
        super.appendEvents(events, new Scoped(serializer, aggregates));
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        PersonalDataScope.within(snapshot.getAggregateIdentifier(), () -> {
            super.storeSnapshot(snapshot, serializer);
            return null;
        });
    }

    /** Serializes each payload within the scope of its aggregate. */
    private record Scoped(Serializer delegate, IdentityHashMap<Object, String> aggregates) implements Serializer {

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            var aggregate = object == null ? null : aggregates.get(object);
            return aggregate == null ? delegate.serialize(object, expectedRepresentation)
                    : PersonalDataScope.within(aggregate, () -> delegate.serialize(object, expectedRepresentation));
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
