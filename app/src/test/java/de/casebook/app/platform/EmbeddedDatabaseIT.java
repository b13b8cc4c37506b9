package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The zero-setup database keeps what it acknowledged: it writes through to disk, and a server left
 * behind by a killed application does not stop the next start (nor, on a fixed port, stand in for
 * the new one).
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDirectory;

    @Test
    void commitsAreOnDiskBeforeTheyAreAcknowledged() {
        try (var application = start(0)) {
            var jdbc = new JdbcTemplate(application.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftBehindOnTheDataDirectoryIsStoppedAndItsDataKept() throws Exception {
        try (var application = start(0)) {
            new JdbcTemplate(application.getBean(DataSource.class))
                    .execute("CREATE TABLE before_the_crash AS SELECT 'Jürgen Weiß' AS name");
        }
        var port = freePort();
        var orphan = orphanServer(port);
        assertThat(StalePostmaster.runningOn(dataDirectory.resolve("postgres"))).isPresent();

        try (var application = start(port)) {
            var jdbc = new JdbcTemplate(application.getBean(DataSource.class));
            assertThat(orphan.isAlive()).as("the earlier server is gone").isFalse();
            assertThat(jdbc.queryForObject("SELECT name FROM before_the_crash", String.class)).isEqualTo("Jürgen Weiß");
        }
    }

    @Test
    void aPidFileOfACrashedServerNamingAnotherProcessIsLeftToPostgres() throws IOException {
        var directory = dataDirectory.resolve("postgres");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThat(StalePostmaster.runningOn(directory)).as("the test's own JVM is no PostgreSQL server").isEmpty();
    }

    /** A server on the data directory that nobody will stop: what a killed application leaves behind. */
    private ProcessHandle orphanServer(int port) throws IOException, SQLException {
        var server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .start();
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
        }
        return StalePostmaster.runningOn(dataDirectory.resolve("postgres")).orElseThrow();
    }

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(CasebookApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=demo",
                "--camunda.bpm.job-execution.enabled=false",
                "--casebook.embedded-postgres.port=" + port,
                "--casebook.data-dir=" + dataDirectory.resolve("postgres"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
