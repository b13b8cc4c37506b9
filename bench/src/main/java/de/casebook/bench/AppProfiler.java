package de.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import one.profiler.AsyncProfilerLoader;

/**
 * With {@code --profile=DIR}, samples the application's threads with async-profiler during each
 * measured phase and writes the phase's stacks to {@code DIR/<phase>.collapsed} (one line per stack,
 * thread name first, then its count of 1-ms CPU samples). async-profiler attaches without making the
 * JIT compile the application again, as attaching Java Flight Recorder did (docs/benchmark.md).
 */
final class AppProfiler {

    private final long appPid;
    private final Path directory;

    private AppProfiler(long appPid, Path directory) {
        this.appPid = appPid;
        this.directory = directory;
    }

    /** A profiler when {@code directory} is given, otherwise one that does nothing. */
    static AppProfiler of(String directory, long appPid) {
        return new AppProfiler(appPid, directory == null || appPid <= 0 ? null : Path.of(directory));
    }

    void start() {
        asprof("start", "-e", "cpu", "-i", "1ms", "-t");
    }

    void stop(String phase) {
        if (directory == null) {
            return;
        }
        var file = directory.resolve(phase + ".collapsed").toAbsolutePath();
        asprof("stop", "-o", "collapsed", "-f", file.toString());
        System.out.println("         profile of this phase: " + file);
    }

    private void asprof(String... action) {
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            var args = new String[action.length + 1];
            System.arraycopy(action, 0, args, 0, action.length);
            args[action.length] = Long.toString(appPid);
            var result = AsyncProfilerLoader.executeProfiler(args);
            if (!result.getStderr().isBlank()) {
                System.out.println("         async-profiler: " + result.getStderr().strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("async-profiler could not " + action[0], e);
        }
    }
}
