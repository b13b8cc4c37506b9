package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** When the processors following the stream look for new events: once they can be seen. */
class CasebookEventStoreTest {

    private final AtomicInteger reads = new AtomicInteger();
    private CasebookEventStore store;

    @BeforeEach
    void followTheStream() throws InterruptedException {
        var engine = mock(AggregateScopedStorageEngine.class);
        when(engine.readEvents(nullable(TrackingToken.class), anyBoolean())).thenAnswer(call -> {
            reads.incrementAndGet();
            return Stream.empty();
        });
        // no polling in between: every read below is one the store was told to make
        store = new CasebookEventStore(EmbeddedEventStore.builder().fetchDelay(1).timeUnit(TimeUnit.HOURS), engine);
        var follower = store.openStream(null);
        follower.hasNextAvailable(0, TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() == 2); // the follower's own, the store's first
    }

    @AfterEach
    void stop() {
        store.shutDown();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.unbindResourceIfPossible(CasebookEventStore.WAKE_REGISTERED);
    }

    @Test
    void eventsStoredOutsideATransactionAreLookedForAtOnce() {
        store.publish(GenericEventMessage.asEventMessage("stored"));

        await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() == 3);
    }

    @Test
    void eventsStoredInATransactionAreLookedForOnceWhenItCommits() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);

        store.publish(GenericEventMessage.asEventMessage("first command"));
        store.publish(GenericEventMessage.asEventMessage("second command"));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> reads.get() == 2);
        assertThat(TransactionSynchronizationManager.getSynchronizations()).hasSize(1);

        TransactionSynchronizationUtils.triggerAfterCommit();
        await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() == 3);
    }
}
