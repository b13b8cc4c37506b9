package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A server on the data directory that nobody will stop: its application's JVM was killed with -9. */
    private ProcessHandle orphanServer(int port) throws IOException, InterruptedException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var application = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanPostgres.class.getName(), dataDirectory.resolve("postgres").toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("ready")) {
                assertThat(application.isAlive()).as("the application with the orphan-to-be: %s", line).isTrue();
            }
        }
        application.destroyForcibly().waitFor();
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
