package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;

/** The storage engine's reads open no transaction of their own; its writes do, and commit them. */
class ReadsJoinOrAutocommitTest {

    private final TransactionManager spring = mock(TransactionManager.class);
    private final Transaction transaction = mock(Transaction.class);
    private final ReadsJoinOrAutocommit engineTransactions = new ReadsJoinOrAutocommit(spring);

    @Test
    void aReadRunsWithoutATransactionOfItsOwn() {
        assertThat(engineTransactions.fetchInTransaction(() -> "events")).isEqualTo("events");

        verify(spring, never()).startTransaction();
    }

    @Test
    void aWriteRunsInSpringsTransactionAndCommitsIt() {
        when(spring.startTransaction()).thenReturn(transaction);
        var written = new boolean[1];

        engineTransactions.executeInTransaction(() -> written[0] = true);

        assertThat(written[0]).isTrue();
        verify(transaction).commit();
    }
}
