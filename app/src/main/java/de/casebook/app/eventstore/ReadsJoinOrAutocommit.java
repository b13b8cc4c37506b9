package de.casebook.app.eventstore;

import java.util.function.Supplier;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * The event storage engine's transactions: its writes in Spring's (joining the command's), its reads
 * in the caller's transaction if there is one, else in none.
 *
 * <p>Axon wraps every read of the event table in a transaction of its own when none is active, so the
 * event store's reader of new events (after each committed step) and processors catching up opened
 * and committed a transaction around each single {@code SELECT}: a {@code BEGIN} and a {@code COMMIT}
 * more per read, 1.3 reads per task completion (docs/benchmark.md). One statement reads one consistent
 * snapshot without a transaction around it; inside a command's transaction a read still joins it, as
 * Spring hands the engine that transaction's connection.
 */
final class ReadsJoinOrAutocommit implements TransactionManager {

    private final TransactionManager writes;

    ReadsJoinOrAutocommit(TransactionManager writes) {
        this.writes = writes;
    }

    @Override
    public Transaction startTransaction() {
        return writes.startTransaction();
    }

    @Override
    public <T> T fetchInTransaction(Supplier<T> read) {
        return read.get();
    }
}
