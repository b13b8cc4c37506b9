package de.casebook.app.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data directory by an application that was killed (its
 * embedded server outlives it). Until it is gone, a new server cannot start on the directory, and on
 * a fixed port the new application would talk to the old server without noticing. The old server's
 * sessions died with the old application, so a "smart" shutdown ends it at once after a checkpoint;
 * nothing it acknowledged is lost.
 */
final class StalePostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    /** Stops the server that holds the data directory, if one does; waits until it has ended. */
    static void stopIfRunning(Path dataDirectory, Duration patience) throws IOException {
        var server = runningOn(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        var process = server.get();
        LOG.warn("a PostgreSQL server (process {}) still holds {} from an earlier run; stopping it", process.pid(),
                dataDirectory.toAbsolutePath());
        process.destroy();
        if (!awaitExit(process, patience)) {
            LOG.warn("PostgreSQL process {} did not stop within {}; killing it", process.pid(), patience);
            process.destroyForcibly();
            if (!awaitExit(process, patience)) {
                throw new IOException("PostgreSQL process " + process.pid() + " on " + dataDirectory
                        + " cannot be stopped; stop it by hand and start again");
            }
        }
        LOG.info("earlier PostgreSQL server stopped; starting a new one on {}", dataDirectory.toAbsolutePath());
    }

    /**
     * The live postmaster named in the directory's {@code postmaster.pid}: a process of that number
     * that is a PostgreSQL server (a pid file left by a crashed server may name an unrelated process).
     */
    static Optional<ProcessHandle> runningOn(Path dataDirectory) throws IOException {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        var lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
