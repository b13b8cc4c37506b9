package de.casebook.app.readmodel;

import de.casebook.app.platform.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection from the first event while the application keeps answering from its tables:
 * a second processor replays every event into shadow tables; once it has caught up with the newest
 * event, the live processor stops for a moment, the shadow tables take the tables' place, the live
 * processor takes the rebuild's position and goes on from there. Events that arrive meanwhile are
 * handled twice over: by the live processor into the old tables, and after the swap into the new.
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
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            new CustomizableThreadFactory("projection-rebuilds-"));

    ProjectionRebuilds(ReadModels readModels, ReadModelConfiguration.DeadLetters deadLetters, EventStore eventStore,
                       TokenStore tokenStore, TransactionManager axonTransactions, TransactionTemplate transactions,
                       JdbcTemplate jdbc, ReadModelProperties settings, Clock clock, ProjectionProgress progress) {
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
    }

    /** What a rebuild left behind when the application stopped during it is cleared: it starts over when asked. */
    @Override
    public void afterSingletonsInstantiated() {
        for (var projection : readModels.all()) {
            transactions.executeWithoutResult(status -> clearRebuild(projection));
        }
    }

    public enum State { REBUILDING, SWAPPING, DONE, FAILED }

    /** One rebuild: when it started, the newest event then, where it stands and how fast it goes. */
    public final class Rebuild {
        private final Projection<?> projection;
        private final TrackingEventProcessor processor;
        private final Instant startedAt;
        private final long headAtStart;
        private volatile State state = State.REBUILDING;
        private volatile Instant finishedAt;
        private volatile String failure;

        private Rebuild(Projection<?> projection, TrackingEventProcessor processor, Instant startedAt,
                        long headAtStart) {
            this.projection = projection;
            this.processor = processor;
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
            return state == State.DONE ? headAtStart : ReadModels.position(processor).orElse(-1L);
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
        transactions.executeWithoutResult(status -> {
            clearRebuild(projection);
            projection.tables().names().forEach(table -> TableSwap.createShadow(jdbc, table, shadowTables.of(table)));
        });
        var processor = rebuildProcessor(projection, shadowTables);
        var rebuild = new Rebuild(projection, processor, clock.instant(), readModels.head());
        rebuilds.put(name, rebuild);
        processor.start();
        LOG.info("rebuilding read model {} from the first event (newest event now: {})", name, rebuild.headAtStart);
        watcher.schedule(() -> watch(rebuild), 200, TimeUnit.MILLISECONDS);
        return rebuild;
    }

    private TrackingEventProcessor rebuildProcessor(Projection<?> projection, ProjectionTables shadowTables) {
        var name = projection.name() + REBUILD;
        var invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(projection.writingTo(shadowTables))
                .queue(deadLetters.queueFor(name))
                .transactionManager(axonTransactions)
                .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                .build();
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(axonTransactions)
                .trackingEventProcessorConfiguration(ReadModelConfiguration.processorSettings(
                        settings.rebuildBatchSize(), progress))
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
            watcher.schedule(() -> watch(rebuild), 200, TimeUnit.MILLISECONDS);
        } catch (RuntimeException failure) {
            LOG.error("rebuild of {} failed; the read model keeps its tables", rebuild.projection.name(), failure);
            rebuild.failure = failure.getClass().getSimpleName();
            rebuild.state = State.FAILED;
            stop(rebuild);
            transactions.executeWithoutResult(status -> clearRebuild(rebuild.projection));
        }
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
        rebuild.processor.shutDown();
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
        watcher.shutdownNow();
        rebuilds.values().stream().filter(rebuild -> rebuild.state == State.REBUILDING)
                .forEach(ProjectionRebuilds::stop);
    }

}
