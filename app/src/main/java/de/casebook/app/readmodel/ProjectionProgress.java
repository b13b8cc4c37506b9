package de.casebook.app.readmodel;

import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.springframework.stereotype.Component;

/** Wakes those who wait for the read models whenever a processor has moved on. */
@Component
class ProjectionProgress implements EventTrackerStatusChangeListener {

    private final Object moved = new Object();

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updatedTrackerStatus) {
        synchronized (moved) {
            moved.notifyAll();
        }
    }

    /** Positions count as changes too: a waiting request cares about nothing else. */
    @Override
    public boolean validatePositions() {
        return true;
    }

    void advanced() {
        synchronized (moved) {
            moved.notifyAll();
        }
    }

    /** Waits until a processor moves on, or at most the given time. */
    void awaitAdvance(long millis) throws InterruptedException {
        synchronized (moved) {
            moved.wait(Math.max(1, millis));
        }
    }
}
