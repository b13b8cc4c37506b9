package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** The event store's reader of new events: as many reads as there are batches, none to find nothing. */
class UntilShortBatchTest {

    private final List<TrackingToken> readsFrom = new ArrayList<>();
    private long stored;

    @Test
    void aBatchThatIsNotFullEndsTheStream() {
        stored = 4;

        assertThat(indexesReadWithBatchesOf(3, null)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(readsFrom).containsExactly(null, new GlobalSequenceTrackingToken(3));
    }

    @Test
    void aFullBatchIsFollowedByAnotherRead() {
        stored = 6;

        assertThat(indexesReadWithBatchesOf(3, new GlobalSequenceTrackingToken(0))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(readsFrom).hasSize(3);
    }

    @Test
    void nothingNewIsOneRead() {
        stored = 2;

        assertThat(indexesReadWithBatchesOf(3, new GlobalSequenceTrackingToken(2))).isEmpty();
        assertThat(readsFrom).hasSize(1);
    }

    private List<Long> indexesReadWithBatchesOf(int batchSize, TrackingToken from) {
        var stream = new AggregateScopedStorageEngine.UntilShortBatch(from, token -> read(token, batchSize), batchSize);
        return StreamSupport.stream(stream, false)
                .map(event -> ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex()).toList();
    }

    private List<? extends TrackedEventData<?>> read(TrackingToken after, int batchSize) {
        readsFrom.add(after);
        long first = after == null ? 1 : ((GlobalSequenceTrackingToken) after).getGlobalIndex() + 1;
        return LongStream.rangeClosed(first, Math.min(stored, first + batchSize - 1))
                .mapToObj(index -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(index),
                        new GenericDomainEventEntry<>("Case", "case-1", index, "event-" + index, "2026-11-30T12:00:00Z",
                                "Payload", null, "{}", "{}")))
                .toList();
    }
}
