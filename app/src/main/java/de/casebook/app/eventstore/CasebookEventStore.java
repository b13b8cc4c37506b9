package de.casebook.app.eventstore;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, told when a database transaction that stored events has committed.
 * Axon alone looks for new events when its own unit of work commits, which inside a longer Spring
 * transaction is before the events are visible; it would then see them only at its next poll, a
 * second later.
 */
public class CasebookEventStore extends EmbeddedEventStore {

    CasebookEventStore(Builder builder) {
        super(builder);
    }

    /** New events are visible in the database: the processors that follow the stream read them now. */
    public void eventsCommitted() {
        afterCommit(List.of());
    }
}
