package de.casebook.app.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, told when a database transaction that stored events has committed.
 * Axon alone looks for new events when its own unit of work commits, which inside a longer Spring
 * transaction is before the events are visible; it would then see them only at its next poll, a
 * second later. Reads a case's first event, or its events up to an instant, without the rest of
 * its stream.
 */
public class CasebookEventStore extends EmbeddedEventStore {

    private final AggregateScopedStorageEngine storageEngine;

    CasebookEventStore(Builder builder, AggregateScopedStorageEngine storageEngine) {
        super(builder.storageEngine(storageEngine));
        this.storageEngine = storageEngine;
    }

    /** The event an aggregate began with (sequence number 0), if it exists. */
    public Optional<DomainEventMessage<?>> firstEvent(String aggregateIdentifier) {
        return storageEngine.readFirstEvent(aggregateIdentifier).asStream().<DomainEventMessage<?>>map(event -> event).findFirst();
    }

    /** The events of an aggregate recorded at or before {@code until}, in their order. */
    public List<DomainEventMessage<?>> eventsUntil(String aggregateIdentifier, Instant until) {
        return storageEngine.readEventsUntil(aggregateIdentifier, until).asStream()
                .<DomainEventMessage<?>>map(event -> event).toList();
    }

    /** New events are visible in the database: the processors that follow the stream read them now. */
    public void eventsCommitted() {
        afterCommit(List.of());
    }
}
