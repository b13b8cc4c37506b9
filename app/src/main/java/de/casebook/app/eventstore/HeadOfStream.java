package de.casebook.app.eventstore;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where the reader of new events last came to the end of the stream, and whether this node has
 * committed events since. The embedded event store reads once more at once after every read that
 * found events; right after a batch that was not full, and with nothing committed here in between,
 * that read can find only what another node committed in those microseconds, which the store's next
 * poll finds as well. It is answered without a query, once; every further read goes to the database.
 */
final class HeadOfStream {

    private final AtomicLong commits = new AtomicLong();
    private final AtomicReference<Reached> reached = new AtomicReference<>();

    private record Reached(TrackingToken after, long commitsBeforeTheRead) {
    }

    /** Events of this node became visible: the next read must look. */
    void committed() {
        commits.incrementAndGet();
    }

    /** Taken before a read, so that a commit while it runs counts as one after it. */
    long commitsSoFar() {
        return commits.get();
    }

    void reachedAfter(TrackingToken lastEventRead, long commitsBeforeTheRead) {
        reached.set(new Reached(lastEventRead, commitsBeforeTheRead));
    }

    /** True once for a read from where the stream's end was last found, if nothing was committed here since. */
    boolean nothingNewAfter(TrackingToken token) {
        var last = reached.getAndSet(null);
        return last != null && last.after().equals(token) && last.commitsBeforeTheRead() == commits.get();
    }
}
