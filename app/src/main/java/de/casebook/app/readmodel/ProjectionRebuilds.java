package de.casebook.app.readmodel;

import de.casebook.app.platform.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection from the first event while the application keeps answering from its tables.
 * The events up to the newest one when the rebuild starts are replayed in bulk into shadow tables
 * ({@link BulkReplay}); their secondary indexes are then built; a tracking processor takes over from
 * there, through the events that arrived meanwhile. Once it has caught up with the newest event, the
 * live processor stops for a moment, the shadow tables take the tables' place, and the live processor
 * goes on from the rebuild's position. Events that arrive during the rebuild are thus handled by the
 * live processor into the old tables and, after the swap, are in the new ones too.
 */
@Component
public class ProjectionRebuilds implements SmartInitializingSingleton, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilds.class);
    static final String REBUILD = "@rebuild";

    private final ReadModels readModels;
    private final ReadModelConfiguration.DeadLetters deadLetters;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ReadModelProperties settings;
    private final Clock clock;
    private final ProjectionProgress progress;
    private final Configuration axon;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService bulk = Executors.newSingleThreadExecutor(
            new CustomizableThreadFactory("projection-bulk-replay-"));
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            new CustomizableThreadFactory("projection-rebuilds-"));

    ProjectionRebuilds(ReadModels readModels, ReadModelConfiguration.DeadLetters deadLetters, EventStore eventStore,
                       TokenStore tokenStore, TransactionManager axonTransactions, TransactionTemplate transactions,
                       JdbcTemplate jdbc, ReadModelProperties settings, Clock clock, ProjectionProgress progress,
                       Configuration axon) {
        this.readModels = readModels;
        this.deadLetters = deadLetters;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
        this.axon = axon;
    }

    /** What a rebuild left behind when the application stopped during it is cleared: it starts over when asked. */
    @Override
    public void afterSingletonsInstantiated() {
        for (var projection : readModels.all()) {
            transactions.executeWithoutResult(status -> clearRebuild(projection));
        }
    }

    public enum State { REBUILDING, SWAPPING, DONE, FAILED }

    /** One rebuild: when it started, the newest event then, where it stands, and how it ended. */
    public static final class Rebuild {
        private final Projection<?> projection;
        private final Instant startedAt;
        private final long headAtStart;
        private volatile TrackingEventProcessor processor;
        private volatile long bulkPosition = -1;
        private volatile State state = State.REBUILDING;
        private volatile Instant finishedAt;
        private volatile String failure;

        private Rebuild(Projection<?> projection, Instant startedAt, long headAtStart) {
            this.projection = projection;
            this.startedAt = startedAt;
            this.headAtStart = headAtStart;
        }

        public State state() {
            return state;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public Instant finishedAt() {
            return finishedAt;
        }

        public String failure() {
            return failure;
        }

        /** The global index the rebuild has reached. */
        public long position() {
            if (state == State.DONE) {
                return headAtStart;
            }
            var tail = processor;
            return tail == null ? bulkPosition : ReadModels.position(tail).orElse(bulkPosition);
        }

        public long headAtStart() {
            return headAtStart;
        }
    }

    public Optional<Rebuild> of(String name) {
        return Optional.ofNullable(rebuilds.get(name));
    }

    public synchronized Rebuild start(String name) {
        var projection = readModels.named(name).orElseThrow(() -> ApiException.notFound("projection.unknown", name));
        var running = rebuilds.get(name);
        if (running != null && (running.state == State.REBUILDING || running.state == State.SWAPPING)) {
            throw ApiException.conflict("projection.rebuild-running", name);
        }
        var shadowTables = projection.tables().forRebuild();
        var deferredIndexes = new ArrayList<String>();
        transactions.executeWithoutResult(status -> {
            clearRebuild(projection);
            projection.tables().names().forEach(table ->
                    deferredIndexes.addAll(TableSwap.createShadow(jdbc, table, shadowTables.of(table))));
        });
        var rebuild = new Rebuild(projection, clock.instant(), readModels.head());
        rebuilds.put(name, rebuild);
        LOG.info("rebuilding read model {} from the first event (newest event now: {})", name, rebuild.headAtStart);
        bulk.submit(() -> replay(rebuild, shadowTables, deferredIndexes));
        return rebuild;
    }

    private void replay(Rebuild rebuild, ProjectionTables shadowTables, List<String> deferredIndexes) {
        try {
            var shadow = rebuild.projection.writingTo(shadowTables);
            var outcome = new BulkReplay(jdbc, transactions, axon.eventSerializer(), axon.upcasterChain())
                    .replay(shadow, rebuild.headAtStart, deadLetters.queueFor(rebuild.projection.name() + REBUILD),
                            position -> rebuild.bulkPosition = position);
            transactions.executeWithoutResult(status -> TableSwap.createIndexes(jdbc, deferredIndexes,
                    rebuild.projection.tables().names().stream().map(shadowTables::of).toList()));
            LOG.info("read model {}: {} events replayed in bulk up to {}; following the newest events now",
                    rebuild.projection.name(), outcome.events(), outcome.lastIndex());
            var from = outcome.lastIndex() < 0 ? null
                    : GapAwareTrackingToken.newInstance(outcome.lastIndex(), outcome.gaps());
            rebuild.processor = tailProcessor(rebuild.projection, shadow, from);
            rebuild.processor.start();
            watcher.schedule(() -> watch(rebuild), 100, TimeUnit.MILLISECONDS);
        } catch (RuntimeException failure) {
            fail(rebuild, failure);
        }
    }

    /** The processor that follows on from the bulk replay, into the shadow tables, with the rebuild's dead letters. */
    private TrackingEventProcessor tailProcessor(Projection<?> projection, Projection<?> shadow,
                                                 GapAwareTrackingToken from) {
        var name = projection.name() + REBUILD;
        var invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(shadow)
                .queue(deadLetters.queueFor(name))
                .transactionManager(axonTransactions)
                .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                .enableSequenceIdentifierCache()
                .build();
        TrackingEventProcessorConfiguration configuration = ReadModelConfiguration.processorSettings(
                settings.rebuildBatchSize(), progress);
        if (from != null) {
            configuration = configuration.andInitialTrackingToken(source -> from);
        } else {
            configuration = configuration.andInitialTrackingToken(StreamableMessageSource::createTailToken);
        }
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(axonTransactions)
                .trackingEventProcessorConfiguration(configuration)
                .build();
    }

    private void watch(Rebuild rebuild) {
        try {
            if (rebuild.processor.isError()) {
                LOG.warn("rebuild of {} is failing and retrying", rebuild.projection.name());
            }
            if (ReadModels.passed(rebuild.processor, readModels.head())) {
                swap(rebuild);
                return;
            }
            watcher.schedule(() -> watch(rebuild), 100, TimeUnit.MILLISECONDS);
        } catch (RuntimeException failure) {
            fail(rebuild, failure);
        }
    }

    private void fail(Rebuild rebuild, RuntimeException failure) {
        LOG.error("rebuild of {} failed; the read model keeps its tables", rebuild.projection.name(), failure);
        rebuild.failure = failure.getClass().getSimpleName();
        rebuild.state = State.FAILED;
        stop(rebuild);
        transactions.executeWithoutResult(status -> clearRebuild(rebuild.projection));
    }

    private void swap(Rebuild rebuild) {
        rebuild.state = State.SWAPPING;
        var projection = rebuild.projection;
        var live = readModels.processorOf(projection.name()).orElseThrow();
        stop(rebuild);
        live.shutDown();
        try {
            transactions.executeWithoutResult(status -> {
                var shadowTables = projection.tables().forRebuild();
                projection.tables().names().forEach(table -> TableSwap.replace(jdbc, table, shadowTables.of(table)));
                var rebuildName = projection.name() + REBUILD;
                jdbc.update("""
                        UPDATE tokenentry SET token = rebuilt.token, tokentype = rebuilt.tokentype, owner = NULL
                        FROM tokenentry rebuilt
                        WHERE tokenentry.processorname = ? AND rebuilt.processorname = ?
                          AND rebuilt.segment = tokenentry.segment""", projection.name(), rebuildName);
                jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", rebuildName);
                jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", projection.name());
                jdbc.update("UPDATE deadletterentry SET processinggroup = ? WHERE processinggroup = ?",
                        projection.name(), rebuildName);
            });
            rebuild.state = State.DONE;
            rebuild.finishedAt = clock.instant();
            LOG.info("read model {} rebuilt and in place", projection.name());
        } finally {
            live.start();
        }
    }

    private static void stop(Rebuild rebuild) {
        var processor = rebuild.processor;
        if (processor != null) {
            processor.shutDown();
        }
    }

    /** Drops a rebuild's shadow tables, position and dead letters. */
    private void clearRebuild(Projection<?> projection) {
        var name = projection.name() + REBUILD;
        var shadowTables = projection.tables().forRebuild();
        projection.tables().names().forEach(table -> jdbc.execute("DROP TABLE IF EXISTS " + shadowTables.of(table)));
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", name);
        jdbc.update("DELETE FROM deadletterentry WHERE processinggroup = ?", name);
    }

    @Override
    public void destroy() {
        bulk.shutdownNow();
        watcher.shutdownNow();
        rebuilds.values().stream().filter(rebuild -> rebuild.state == State.REBUILDING)
                .forEach(ProjectionRebuilds::stop);
    }
}
