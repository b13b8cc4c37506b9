package de.casebook.app.readmodel;

import de.casebook.app.eventstore.CasebookEventStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * After a person's request changed a case, their next list, search or count shows the change: a
 * request that stored events returns only once every projection has passed its newest event (at
 * most {@code casebook.read-models.read-your-writes-timeout}; projections are usually there within
 * milliseconds; the event store wakes them when the transaction commits). Where that event is in the
 * stream the reader of new events tells when it reads it, so the request asks the database nothing
 * for it. Steps the process engine takes on its own do not wait.
 */
@Component
class ReadYourWrites implements MessageDispatchInterceptor<EventMessage<?>>, SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ReadYourWrites.class);
    private static final String REGISTERED = ReadYourWrites.class.getName();

    private final CasebookEventStore eventStore;
    private final ReadModels readModels;
    private final ReadModelProperties settings;

    ReadYourWrites(CasebookEventStore eventStore, ReadModels readModels, ReadModelProperties settings) {
        this.eventStore = eventStore;
        this.readModels = readModels;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        if (!messages.isEmpty() && RequestContextHolder.getRequestAttributes() != null
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            var waiting = (AfterCommit) TransactionSynchronizationManager.getResource(REGISTERED);
            if (waiting == null) {
                waiting = new AfterCommit();
                TransactionSynchronizationManager.bindResource(REGISTERED, waiting);
                TransactionSynchronizationManager.registerSynchronization(waiting);
            }
            // stored in the order they are published: the last one published is the newest of them
            waiting.lastEvent = messages.get(messages.size() - 1).getIdentifier();
        }
        return (index, message) -> message;
    }

    /**
     * Asks before the commit where the transaction's newest event will be in the stream (the reader of
     * new events tells once it has read it) and waits after it until every projection has passed it.
     */
    private final class AfterCommit implements TransactionSynchronization {

        private String lastEvent;
        private CompletableFuture<Long> position;

        @Override
        public void beforeCommit(boolean readOnly) {
            position = eventStore.positionOnceRead(lastEvent);
        }

        @Override
        public void afterCommit() {
            long t0 = System.nanoTime();
            var deadline = t0 + settings.readYourWritesTimeout().toNanos();
            boolean ok = readModels.all().isEmpty() || awaitProjections(deadline);
            LOG.debug("waited {} ms for the read models to reach event {}", (System.nanoTime() - t0) / 1_000_000, lastEvent);
            if (!ok) {
                LOG.warn("read models did not reach event {} within {}; lists may lag behind this change", lastEvent,
                        settings.readYourWritesTimeout());
            }
        }

        private boolean awaitProjections(long deadline) {
            try {
                long newest = position.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                return newest < 0
                        || readModels.awaitAll(newest, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } catch (TimeoutException | ExecutionException notRead) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(REGISTERED);
            if (position != null && !position.isDone()) {
                eventStore.forgetPosition(lastEvent);
            }
        }
    }
}
