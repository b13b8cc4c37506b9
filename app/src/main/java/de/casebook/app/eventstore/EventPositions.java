package de.casebook.app.eventstore;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.TrackedEventData;

/**
 * Where in the stream an event of this node's is, learnt when a reader of the stream reads it: a
 * request that waits until the read models show its change asks for the position of its last event
 * before its commit and has it, without a query, once the reader of new events has read the event.
 */
final class EventPositions {

    private final ConcurrentHashMap<String, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();

    CompletableFuture<Long> onceRead(String eventIdentifier) {
        return awaited.computeIfAbsent(eventIdentifier, identifier -> new CompletableFuture<>());
    }

    void forget(String eventIdentifier) {
        awaited.remove(eventIdentifier);
    }

    void read(List<? extends TrackedEventData<?>> events) {
        if (awaited.isEmpty()) {
            return;
        }
        for (var event : events) {
            var waiting = awaited.remove(event.getEventIdentifier());
            if (waiting != null) {
                // a token without a position (not one of this store's) leaves nothing to wait for: -1
                waiting.complete(event.trackingToken().position().orElse(-1));
            }
        }
    }
}
