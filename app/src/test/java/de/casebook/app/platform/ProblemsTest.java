package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class ProblemsTest {

    private final Problems problems = new Problems(new StaticMessageSource(), new FixedLocaleResolver(Locale.GERMAN));

    @Test
    void aFailureWithoutSqlStateIsAFailureNotACrashOfTheHandler() {
        assertThat(problems.known(new RuntimeException(new SQLException("I/O error", (String) null)))).isEmpty();
    }

    @Test
    void aLostDatabaseConnectionIsAServiceUnavailableProblem() {
        for (var lost : new Exception[] {
                new CannotGetJdbcConnectionException("no connection", new SQLException("refused", "08001")),
                new CannotCreateTransactionException("no transaction"),
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")),
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")),
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"))}) {
            var problem = problems.known(lost);
            assertThat(problem).as("%s", lost).isPresent();
            assertThat(problem.get().getStatus()).isEqualTo(503);
            assertThat(problem.get().getProperties()).containsEntry("code", "error.database-unavailable");
        }
    }

    @Test
    void aLostRaceIsAConflict() {
        var problem = problems.known(new RuntimeException(new SQLException("duplicate key", "23505")));
        assertThat(problem).isPresent();
        assertThat(problem.get().getStatus()).isEqualTo(409);
    }
}
