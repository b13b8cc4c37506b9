package de.casebook.app.readmodel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * The projections and their processors: where each stands in the event stream, and waiting until all
 * of them have passed a point of it.
 */
@Component
public class ReadModels {

    private static final String HEAD = "SELECT coalesce(max(globalindex), -1) FROM domainevententry";

    private final Map<String, Projection<?>> byName;
    private final List<Projection<?>> all;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProjectionProgress progress;

    ReadModels(List<Projection<?>> projections, EventProcessingConfiguration processing, JdbcTemplate jdbc,
               ProjectionProgress progress) {
        this.byName = projections.stream().collect(Collectors.toMap(Projection::name, Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
        this.all = List.copyOf(byName.values());
        this.processing = processing;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /** In the order of their names; asked by every request that stored events. */
    public List<Projection<?>> all() {
        return all;
    }

    public Optional<Projection<?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Optional<StreamingEventProcessor> processorOf(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /**
     * The global index of the newest event stored, -1 for none: where a rebuild has to get to, and how
     * far behind the status page's projections are. (A request waiting for its own events asks the
     * reader of new events instead, {@link ReadYourWrites}.) A prepared statement, so that PostgreSQL
     * plans it once per connection, not on every call as it does a plain statement's.
     */
    public long head() {
        return jdbc.query(connection -> connection.prepareStatement(HEAD), (ResultSetExtractor<Long>) rows -> {
            rows.next(); // an aggregate answers one row
            return rows.getLong(1);
        });
    }

    /** Where the processor stands: the lowest position of its segments, empty while it holds none. */
    static Optional<Long> position(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        return statuses.stream().map(EventTrackerStatus::getTrackingToken)
                .map(token -> token == null ? -1L : WrappedToken.unwrapUpperBound(token).position().orElse(-1L))
                .min(Long::compare);
    }

    /** Whether every segment of the processor has handled (or skipped) the event at the global index. */
    static boolean passed(StreamingEventProcessor processor, long globalIndex) {
        var statuses = processor.processingStatus().values();
        return !statuses.isEmpty() && statuses.stream()
                .allMatch(status -> !status.isErrorState() && covers(status.getTrackingToken(), globalIndex));
    }

    private static boolean covers(TrackingToken token, long globalIndex) {
        if (token == null) {
            return false;
        }
        var upper = WrappedToken.unwrapUpperBound(token);
        if (upper instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= globalIndex && !gapAware.getGaps().contains(globalIndex);
        }
        return upper.position().orElse(-1L) >= globalIndex;
    }

    /**
     * Waits until every projection has passed the event at the global index, at most {@code timeout};
     * false if one did not in time (it is stopped, failing, or far behind).
     */
    public boolean awaitAll(long globalIndex, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        for (var name : byName.keySet()) {
            if (!await(name, globalIndex, deadline)) {
                return false;
            }
        }
        return true;
    }

    private boolean await(String name, long globalIndex, long deadline) {
        while (true) {
            var processor = processorOf(name);
            if (processor.isPresent() && passed(processor.get(), globalIndex)) {
                return true;
            }
            var left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                progress.awaitAdvance(Math.min(50, left / 1_000_000));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
