package de.casebook.bench;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * The smallest transaction manager Axon's JDBC event storage can append with: one connection per
 * thread, one database transaction per Axon transaction, as the application's Spring transaction
 * manager would do it.
 */
final class BenchTransactions implements TransactionManager, ConnectionProvider {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    BenchTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        try {
            var connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            current.set(connection);
            return new Transaction() {
                @Override
                public void commit() {
                    finish(connection, true);
                }

                @Override
                public void rollback() {
                    finish(connection, false);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish(Connection connection, boolean commit) {
        try (connection) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            current.remove();
        }
    }

    /** The transaction's connection; closing it is left to the transaction. */
    @Override
    public Connection getConnection() {
        var connection = current.get();
        if (connection == null) {
            throw new IllegalStateException("no transaction");
        }
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close")
                        ? null : method.invoke(connection, args));
    }
}
