package de.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a step costs, independent of the machine's noise: SQL statements per step (from
 * pg_stat_statements, which the application's embedded PostgreSQL loads when the benchmark asks) and
 * CPU milliseconds per step of the application process, of all PostgreSQL processes and of the
 * benchmark's own process (the load generator; for Camunda alone, the engine itself).
 */
final class StepCost {

    /** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ). */
    private static final double MILLIS_PER_TICK = 10.0;

    record Snapshot(long statements, double appCpuMillis, double jitCpuMillis, double dbCpuMillis, double benchCpuMillis,
                    double benchJitCpuMillis,
                    java.util.Map<String, Long> callsByQuery, java.util.Map<String, Double> execMillisByQuery,
                    java.util.Map<String, Double> dbCpuMillisByProcess) {
    }

    /**
     * {@code jitCpuMillis} is the part of the application's CPU its JIT compiler threads took;
     * {@code benchCpuMillis} the benchmark's own process (its clients: HTTP, JSON; or Camunda alone),
     * {@code benchJitCpuMillis} the part of it its JIT compiler threads took.
     */
    record PerStep(double statements, double appCpuMillis, double jitCpuMillis, double dbCpuMillis,
                   double benchCpuMillis, double benchJitCpuMillis, double vacuumCpuMillis) {

        /** What the step cost the whole machine: the three processes' CPU together, vacuuming after it included. */
        double machineCpuMillis() {
            return appCpuMillis + dbCpuMillis + vacuumCpuMillis + benchCpuMillis;
        }

        /** PostgreSQL's CPU for the step and for vacuuming after it. */
        double databaseCpuMillis() {
            return dbCpuMillis + vacuumCpuMillis;
        }

        PerStep withVacuum(double vacuumCpuMillisPerStep) {
            return new PerStep(statements, appCpuMillis, jitCpuMillis, dbCpuMillis, benchCpuMillis, benchJitCpuMillis,
                    vacuumCpuMillisPerStep);
        }

        String describe() {
            var vacuum = vacuumCpuMillis > 0
                    ? String.format(Locale.ROOT, " + %.2f ms vacuuming after the steps", vacuumCpuMillis) : "";
            return String.format(Locale.ROOT, "%.1f SQL statements, %.2f ms application CPU (JIT compiler %.2f),"
                    + " %.2f ms PostgreSQL CPU%s per step (load generator %.2f ms)", statements, appCpuMillis,
                    jitCpuMillis, dbCpuMillis, vacuum, benchCpuMillis);
        }
    }

    private final String jdbc;
    private final String user;
    private final String password;
    private final long appPid;
    private final boolean statements;

    StepCost(String jdbc, String user, String password, long appPid) {
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
        this.appPid = appPid;
        this.statements = enableStatements();
    }

    /**
     * The beginning of a measured window: the database vacuumed (not measured) and autovacuum paused
     * until {@link #vacuumAfterWindow}. Autovacuum otherwise lands in whichever window happens to run
     * when a table passes its threshold: it once added 0.95 ms of PostgreSQL CPU to every measured
     * integrated completion and none to Camunda alone's, whose window is a third as long (2026-12-01).
     */
    Snapshot startOfWindow() {
        execute("ALTER SYSTEM SET autovacuum = off", "SELECT pg_reload_conf()", "VACUUM");
        return now();
    }

    /**
     * After a measured window (and its {@link #profile}): the vacuum its steps left to do, run now and
     * measured, in PostgreSQL CPU milliseconds per step; autovacuum back on.
     */
    double vacuumAfterWindow(int steps) {
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var statement = connection.createStatement();
             var pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            var backend = Path.of("/proc", pid.getString(1));
            var before = ticks(backend, OWN_TIME);
            // in this backend alone, where its CPU is read: no parallel workers for the indexes
            statement.execute("VACUUM (PARALLEL 0)");
            var vacuum = (ticks(backend, OWN_TIME) - before) * MILLIS_PER_TICK / steps;
            statement.execute("ALTER SYSTEM RESET autovacuum");
            statement.execute("SELECT pg_reload_conf()");
            return vacuum;
        } catch (SQLException e) {
            throw new IllegalStateException("could not vacuum after the measured window", e);
        }
    }

    private void execute(String... commands) {
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var statement = connection.createStatement()) {
            for (var sql : commands) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the measured window", e);
        }
    }

    Snapshot now() {
        var calls = new java.util.HashMap<String, Long>();
        var execMillis = new java.util.HashMap<String, Double>();
        readStatements(calls, execMillis);
        var byProcess = postgresCpuMillisByProcess();
        return new Snapshot(calls.values().stream().mapToLong(Long::longValue).sum(), appCpuMillis(), jitCpuMillis(),
                byProcess.values().stream().mapToDouble(Double::doubleValue).sum(), cpuMillis(ProcessHandle.current()),
                jitCpuMillis(ProcessHandle.current().pid()), calls, execMillis, byProcess);
    }

    /**
     * The statements a step ran most often since {@code before}, as calls and execution milliseconds per
     * step, and the database's CPU by kind of process: where a step's SQL goes.
     */
    String profile(Snapshot before, int steps, int top) {
        var after = now();
        var lines = new StringBuilder(String.format(Locale.ROOT, "  calls/step  exec ms/step  statement%n"));
        after.callsByQuery().entrySet().stream()
                .map(query -> java.util.Map.entry(query.getKey(), query.getValue() - before.callsByQuery().getOrDefault(query.getKey(), 0L)))
                .filter(query -> query.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(query -> {
                    var execMillis = after.execMillisByQuery().getOrDefault(query.getKey(), 0.0)
                            - before.execMillisByQuery().getOrDefault(query.getKey(), 0.0);
                    var text = query.getKey().replaceAll("\\s+", " ");
                    lines.append(String.format(Locale.ROOT, "  %10.2f  %12.3f  %s%n", query.getValue() / (double) steps,
                            execMillis / steps, text.substring(0, Math.min(130, text.length()))));
                });
        lines.append("  PostgreSQL CPU ms per step by process:");
        after.dbCpuMillisByProcess().forEach((kind, millis) -> lines.append(String.format(Locale.ROOT, " %s %.2f;", kind,
                (millis - before.dbCpuMillisByProcess().getOrDefault(kind, 0.0)) / steps)));
        return lines.append(System.lineSeparator()).toString();
    }

    PerStep since(Snapshot before, int steps) {
        var after = now();
        return new PerStep(statements ? (after.statements() - before.statements()) / (double) steps : Double.NaN,
                (after.appCpuMillis() - before.appCpuMillis()) / steps,
                (after.jitCpuMillis() - before.jitCpuMillis()) / steps,
                (after.dbCpuMillis() - before.dbCpuMillis()) / steps,
                (after.benchCpuMillis() - before.benchCpuMillis()) / steps,
                (after.benchJitCpuMillis() - before.benchJitCpuMillis()) / steps, 0);
    }

    private boolean enableStatements() {
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.executeQuery("SELECT count(*) FROM pg_stat_statements").close();
            return true;
        } catch (SQLException notLoaded) {
            System.out.println("pg_stat_statements not loaded: statements per step are not counted (" + notLoaded.getMessage() + ")");
            return false;
        }
    }

    /** Every statement any client ran, by its normalised text; the benchmark's own reads of this view left out. */
    private void readStatements(java.util.Map<String, Long> calls, java.util.Map<String, Double> execMillis) {
        if (!statements) {
            return;
        }
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT query, sum(calls), sum(total_exec_time) FROM pg_stat_statements"
                     + " WHERE query NOT LIKE '%pg_stat_statements%' GROUP BY query")) {
            while (rows.next()) {
                calls.put(rows.getString(1), rows.getLong(2));
                execMillis.put(rows.getString(1), rows.getDouble(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private double appCpuMillis() {
        if (appPid <= 0) {
            return Double.NaN;
        }
        return ProcessHandle.of(appPid).map(StepCost::cpuMillis).orElse(Double.NaN);
    }

    private static double cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).map(nanos -> nanos / 1e6).orElse(Double.NaN);
    }

    /**
     * User and system time of the application's JIT compiler threads (HotSpot names them "C1 CompilerThre…"
     * and "C2 CompilerThre…"): a JVM that has just started spends much of its CPU compiling.
     */
    private double jitCpuMillis() {
        return appPid <= 0 ? Double.NaN : jitCpuMillis(appPid);
    }

    private static double jitCpuMillis(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.filter(StepCost::isCompilerThread).mapToDouble(thread -> ticks(thread, OWN_TIME))
                    .sum() * MILLIS_PER_TICK;
        } catch (IOException gone) {
            return Double.NaN;
        }
    }

    private static boolean isCompilerThread(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).contains("CompilerThre");
        } catch (IOException ended) {
            return false;
        }
    }

    /**
     * User and system time of every process named postgres (the server and its backends), by kind:
     * "backends" for client connections, else the kind the process names itself (walwriter, autovacuum …);
     * "ended" is the time of those that ended (closed connections, finished autovacuum workers), which
     * the server counts as its reaped children's time.
     */
    private static java.util.Map<String, Double> postgresCpuMillisByProcess() {
        var byKind = new java.util.TreeMap<String, Double>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(process -> {
                        var ticks = postgresTicks(process, OWN_TIME);
                        if (ticks > 0) {
                            var kind = kindOf(process);
                            byKind.merge(kind, ticks * MILLIS_PER_TICK, Double::sum);
                            if (kind.equals("server")) {
                                byKind.merge("ended", postgresTicks(process, REAPED_CHILDREN_TIME) * MILLIS_PER_TICK, Double::sum);
                            }
                        }
                    });
        } catch (IOException e) {
            byKind.put("unreadable", Double.NaN);
        }
        return byKind;
    }

    private static final java.util.List<String> BACKGROUND = java.util.List.of("autovacuum", "walwriter", "checkpointer",
            "background writer", "logical replication", "archiver", "stats");

    private static String kindOf(Path process) {
        try {
            var command = Files.readString(process.resolve("cmdline")).replace('\0', ' ').strip();
            if (!command.startsWith("postgres: ")) {
                return "server";
            }
            var title = command.substring("postgres: ".length());
            return BACKGROUND.stream().filter(title::startsWith).findFirst().orElse("backends");
        } catch (IOException | RuntimeException gone) {
            return "backends";
        }
    }

    /** After the process name in /proc/PID/stat: utime and stime, cutime and cstime (fields 14 to 17). */
    private static final int OWN_TIME = 11;
    private static final int REAPED_CHILDREN_TIME = 13;

    private static double postgresTicks(Path process, int firstField) {
        try {
            var stat = Files.readString(process.resolve("stat"));
            var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            return name.equals("postgres") ? ticks(stat, firstField) : 0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double ticks(Path processOrThread, int firstField) {
        try {
            return ticks(Files.readString(processOrThread.resolve("stat")), firstField);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double ticks(String stat, int firstField) {
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[firstField]) + Long.parseLong(fields[firstField + 1]);
    }
}
