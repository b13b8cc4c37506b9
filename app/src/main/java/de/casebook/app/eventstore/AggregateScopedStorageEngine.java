package de.casebook.app.eventstore;

import de.casebook.app.privacy.PersonalDataScope;
import java.util.IdentityHashMap;
import java.util.List;
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
 * aggregate ({@link PersonalDataScope}).
 */
class AggregateScopedStorageEngine extends JdbcEventStorageEngine {

    AggregateScopedStorageEngine(Builder builder) {
        super(builder);
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
