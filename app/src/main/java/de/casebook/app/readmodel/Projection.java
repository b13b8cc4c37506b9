package de.casebook.app.readmodel;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model built from the events: a name (also its processor's), the tables it owns, which event
 * types it reads, and what an event changes. Events are read lazily: a projection that only needs an
 * event's type and time never deserializes its payload.
 *
 * <p>A handler records an event's changes in the batch only once it has understood the event, so an
 * event it cannot take is parked in the dead-letter queue as a whole; writing the batch fails only
 * when the database does, and then the whole batch is tried again.
 *
 * @param <B> the batch of changes this projection gathers
 */
public abstract class Projection<B extends ProjectionBatch> implements EventMessageHandler {

    private final String name;
    private final ProjectionTables tables;
    private final JdbcTemplate jdbc;
    private final Supplier<B> newBatch;

    protected Projection(String name, ProjectionTables tables, JdbcTemplate jdbc, Supplier<B> newBatch) {
        this.name = name;
        this.tables = tables;
        this.jdbc = jdbc;
        this.newBatch = newBatch;
    }

    public final String name() {
        return name;
    }

    public final ProjectionTables tables() {
        return tables;
    }

    /** The same projection writing to other tables: the shadow tables of a rebuild. */
    public abstract Projection<B> writingTo(ProjectionTables tables);

    /**
     * Whether the event changes this read model; decided from its type and aggregate, not its payload.
     * By default: its payload is one of {@link #payloadsRead()}.
     */
    protected boolean reads(DomainEventMessage<?> event) {
        var read = payloadsRead();
        return read == null || read.contains(event.getPayloadType());
    }

    /**
     * The event types whose payload (and metadata) this projection reads, besides the first event of
     * every aggregate; null for all. A rebuild reads only these payloads from the event table.
     */
    protected Set<Class<?>> payloadsRead() {
        return null;
    }

    /** Records what the event changes in the batch. */
    protected abstract void apply(DomainEventMessage<?> event, B batch);

    @Override
    public final boolean canHandle(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent && reads(domainEvent);
    }

    @Override
    public final Object handle(EventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domainEvent && reads(domainEvent)) {
            apply(domainEvent, batch());
        }
        return null;
    }

    @Override
    public final Class<?> getTargetType() {
        return getClass();
    }

    /** Projections are rebuilt into shadow tables ({@link ProjectionRebuilds}), not reset in place. */
    @Override
    public final boolean supportsReset() {
        return false;
    }

    /** For a rebuild's bulk replay: an empty batch, an event recorded in it, and the batch written. */
    B newBatch() {
        return newBatch.get();
    }

    void replay(DomainEventMessage<?> event, B batch) {
        if (reads(event)) {
            apply(event, batch);
        }
    }

    void flush(B batch) {
        batch.flush(jdbc, tables);
    }

    private B batch() {
        var unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource("projection-batch:" + name + ":" + tables.of(tables.names().get(0)),
                key -> {
                    var batch = newBatch.get();
                    unitOfWork.onPrepareCommit(committing -> batch.flush(jdbc, tables));
                    return batch;
                });
    }


    protected final JdbcTemplate jdbc() {
        return jdbc;
    }

    protected static List<String> names(String... tables) {
        return List.of(tables);
    }
}
