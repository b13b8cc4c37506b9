package de.casebook.app.eventstore;

import de.casebook.app.privacy.PersonalDataScope;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
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

/**
 * Axon's JDBC storage engine, telling the serializer which aggregate each payload and snapshot
 * belongs to while it writes them: personal data is sealed with a key of its subject for that
 * aggregate ({@link PersonalDataScope}). Reads the two parts of a stream that views need without the
 * rest: a case's first event, and its events up to an instant. Lets the event store's reader of new
 * events stop after a batch that was not full.
 */
class AggregateScopedStorageEngine extends JdbcEventStorageEngine {

    private static final Instant LAST_FOUR_DIGIT_YEAR = Instant.parse("9999-12-31T23:59:59Z");

    AggregateScopedStorageEngine(Builder builder) {
        super(builder);
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

    /**
     * The embedded event store reads new events (with {@code mayBlock}) whenever a transaction commits and
     * reads once more at once after finding any; Axon's stream would first ask for a further batch until
     * one comes back empty, a query per commit that finds nothing. A batch that was not full ends this
     * stream; the store's next read carries on from there. Other readers (processors catching up,
     * rebuilds) keep Axon's stream, which does not stop at a range with holes in it.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        if (!mayBlock) {
            return super.readEventData(trackingToken, mayBlock);
        }
        return StreamSupport.stream(new UntilShortBatch(trackingToken, token -> fetchTrackedEvents(token, batchSize()),
                batchSize()), false);
    }

    static final class UntilShortBatch extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private final Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch;
        private final int batchSize;
        private TrackingToken lastToken;
        private Iterator<? extends TrackedEventData<?>> batch = Collections.emptyIterator();
        private boolean lastBatch;

        UntilShortBatch(TrackingToken from, Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                        int batchSize) {
            super(Long.MAX_VALUE, NONNULL | ORDERED | DISTINCT | CONCURRENT);
            this.lastToken = from;
            this.fetch = fetch;
            this.batchSize = batchSize;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (!batch.hasNext()) {
                if (lastBatch) {
                    return false;
                }
                var events = fetch.apply(lastToken);
                lastBatch = events.size() < batchSize;
                batch = events.iterator();
                if (!batch.hasNext()) {
                    return false;
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
