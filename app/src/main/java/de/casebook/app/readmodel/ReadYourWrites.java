package de.casebook.app.readmodel;

import de.casebook.app.eventstore.CasebookEventStore;
import java.util.List;
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
 * milliseconds; the event store wakes them when the transaction commits). Steps the process engine
 * takes on its own do not wait.
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
        if (RequestContextHolder.getRequestAttributes() != null
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(REGISTERED)) {
            TransactionSynchronizationManager.bindResource(REGISTERED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new AfterCommit());
        }
        return (index, message) -> message;
    }

    /**
     * Notes the newest event just before the commit (ours are the newest this transaction sees) and
     * waits for it after.
     */
    private final class AfterCommit implements TransactionSynchronization {

        private long newest = -1;

        @Override
        public void beforeCommit(boolean readOnly) {
            newest = readModels.head();
        }

        @Override
        public void afterCommit() {
            long t0 = System.nanoTime();
            boolean ok = newest < 0 || readModels.awaitAll(newest, settings.readYourWritesTimeout());
            LOG.debug("waited {} ms for the read models to reach event {}", (System.nanoTime() - t0) / 1_000_000, newest);
            if (!ok) {
                LOG.warn("read models did not reach event {} within {}; lists may lag behind this change", newest,
                        settings.readYourWritesTimeout());
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(REGISTERED);
        }
    }
}
