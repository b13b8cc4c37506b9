package de.casebook.app.eventstore;

import de.casebook.app.privacy.PersonalDataScope;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine, telling the serializer which aggregate each payload and snapshot
 * belongs to while it writes them: personal data is sealed with a key of its subject for that
 * aggregate ({@link PersonalDataScope}). Reads the two parts of a stream that views need without the
 * rest: a case's first event, and its events up to an instant.
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
