package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** A request learns where its event is in the stream from the batch a reader fetched it in. */
class EventPositionsTest {

    private final EventPositions positions = new EventPositions();

    @Test
    void theBatchThatHoldsTheEventTellsItsPosition() {
        var position = positions.onceRead("event-12");

        positions.read(List.of(event("event-11", new GlobalSequenceTrackingToken(11))));
        assertThat(position).isNotDone();
        positions.read(List.of(event("event-12", new GlobalSequenceTrackingToken(12)),
                event("event-13", new GlobalSequenceTrackingToken(13))));

        assertThat(position).isCompletedWithValue(12L);
    }

    @Test
    void aForgottenEventIsNotWaitedFor() {
        var position = positions.onceRead("event-7");
        positions.forget("event-7");

        positions.read(List.of(event("event-7", new GlobalSequenceTrackingToken(7))));

        assertThat(position).isNotDone();
    }

    @Test
    void aTokenWithoutAPositionLeavesNothingToWaitFor() {
        var position = positions.onceRead("event-1");

        positions.read(List.of(event("event-1", new WithoutPosition())));

        assertThat(position).isCompletedWithValue(-1L);
    }

    private static TrackedEventData<?> event(String identifier, TrackingToken token) {
        return new TrackedDomainEventData<>(token, new GenericDomainEventEntry<>("Case", "case-1", 0, identifier,
                "2026-12-01T10:00:00Z", "Payload", null, "{}", "{}"));
    }

    private static final class WithoutPosition implements TrackingToken {

        @Override
        public TrackingToken lowerBound(TrackingToken other) {
            return this;
        }

        @Override
        public TrackingToken upperBound(TrackingToken other) {
            return this;
        }

        @Override
        public boolean covers(TrackingToken other) {
            return false;
        }

        @Override
        public OptionalLong position() {
            return OptionalLong.empty();
        }
    }
}
