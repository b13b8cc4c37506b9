package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/**
 * The event store's reader of new events: as many reads as there are batches, none to find nothing, and
 * none for the read at once after one that came to the end of the stream, unless this node committed
 * events meanwhile.
 */
class UntilShortBatchTest {

    private final List<TrackingToken> readsFrom = new ArrayList<>();
    private final HeadOfStream head = new HeadOfStream();
    private long stored;
    private Runnable whileReading = () -> { };

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

    @Test
    void theReadAtOnceAfterTheEndOfTheStreamAsksNothing() {
        readToTheEndAfter(4);

        assertThat(indexesReadWithBatchesOf(10, new GlobalSequenceTrackingToken(4))).isEmpty();
        assertThat(readsFrom).hasSize(1);

        stored = 5; // committed by another node: found by the next read, which asks
        assertThat(indexesReadWithBatchesOf(10, new GlobalSequenceTrackingToken(4))).containsExactly(5L);
        assertThat(readsFrom).hasSize(2);
    }

    @Test
    void aCommitOfThisNodeAfterTheEndWasFoundIsLookedFor() {
        readToTheEndAfter(4);
        stored = 5;
        head.committed();

        assertThat(indexesReadWithBatchesOf(10, new GlobalSequenceTrackingToken(4))).containsExactly(5L);
    }

    @Test
    void aCommitOfThisNodeWhileTheEndWasReadIsLookedFor() {
        whileReading = head::committed; // visible only after the read's snapshot of the table
        readToTheEndAfter(4);
        whileReading = () -> { };
        stored = 5;

        assertThat(indexesReadWithBatchesOf(10, new GlobalSequenceTrackingToken(4))).containsExactly(5L);
    }

    @Test
    void onlyTheReadFromWhereTheEndWasFoundIsAnswered() {
        readToTheEndAfter(4);

        assertThat(indexesReadWithBatchesOf(10, new GlobalSequenceTrackingToken(3))).containsExactly(4L);
        assertThat(readsFrom).hasSize(2);
    }

    @Test
    void aFullOrEmptyBatchIsNoEnd() {
        stored = 6;
        indexesReadWithBatchesOf(3, new GlobalSequenceTrackingToken(0));
        indexesReadWithBatchesOf(3, new GlobalSequenceTrackingToken(6));

        assertThat(indexesReadWithBatchesOf(3, new GlobalSequenceTrackingToken(6))).isEmpty();
        assertThat(readsFrom).hasSize(5);
    }

    /** The reader of new events read the last two of {@code last} events stored, a batch that was not full. */
    private void readToTheEndAfter(long last) {
        stored = last;
        indexesReadWithBatchesOf(10, new GlobalSequenceTrackingToken(last - 2));
    }

    private List<Long> indexesReadWithBatchesOf(int batchSize, TrackingToken from) {
        return AggregateScopedStorageEngine.newEvents(from, token -> read(token, batchSize), batchSize, head)
                .map(event -> ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex()).toList();
    }

    private List<? extends TrackedEventData<?>> read(TrackingToken after, int batchSize) {
        readsFrom.add(after);
        whileReading.run();
        long first = after == null ? 1 : ((GlobalSequenceTrackingToken) after).getGlobalIndex() + 1;
        return LongStream.rangeClosed(first, Math.min(stored, first + batchSize - 1))
                .mapToObj(index -> new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(index),
                        new GenericDomainEventEntry<>("Case", "case-1", index, "event-" + index, "2026-11-30T12:00:00Z",
                                "Payload", null, "{}", "{}")))
                .toList();
    }
}
