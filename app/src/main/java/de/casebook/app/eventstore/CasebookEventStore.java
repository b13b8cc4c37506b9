package de.casebook.app.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, looking for new events when the database transaction that stored them
 * has committed. Axon alone looks when its own unit of work commits, which inside a longer Spring
 * transaction (a request's, an import batch's) is before the events are visible: a read that finds
 * nothing for every command, and the events seen only at the next poll, a second later. Reads a
 * case's first event, or its events up to an instant, without the rest of its stream; an aggregate's
 * snapshot and the events after it in one query.
 */
public class CasebookEventStore extends EmbeddedEventStore {

    static final String WAKE_REGISTERED = CasebookEventStore.class.getName() + ".wakeAfterCommit";

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

    /**
     * Axon's stream for loading an aggregate (its newest usable snapshot, the stored events after it, the
     * events this unit of work has staged) with the first two read by one statement.
     */
    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return storageEngine.readSnapshotAndEvents(aggregateIdentifier)
                .map(stored -> DomainEventStream.concat(stored,
                        DomainEventStream.of(stagedDomainEventMessages(aggregateIdentifier))))
                .orElseGet(() -> super.readEvents(aggregateIdentifier));
    }

    /**
     * The global index of the event, once a reader of the stream has read it; ask before the event's
     * transaction commits, and {@link #forgetPosition} when it does not.
     */
    public CompletableFuture<Long> positionOnceRead(String eventIdentifier) {
        return storageEngine.positions().onceRead(eventIdentifier);
    }

    public void forgetPosition(String eventIdentifier) {
        storageEngine.positions().forget(eventIdentifier);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            wakeReaders(events);
        } else if (!TransactionSynchronizationManager.hasResource(WAKE_REGISTERED)) {
            TransactionSynchronizationManager.bindResource(WAKE_REGISTERED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new WakeAfterCommit());
        }
    }

    /** This node's events are visible: the reader of new events looks for them at once. */
    private void wakeReaders(List<? extends EventMessage<?>> events) {
        storageEngine.committed();
        super.afterCommit(events);
    }

    /** Once per transaction, and before anyone who waits for the projections after the same commit. */
    private final class WakeAfterCommit implements TransactionSynchronization {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            wakeReaders(List.of());
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_REGISTERED);
        }
    }
}
