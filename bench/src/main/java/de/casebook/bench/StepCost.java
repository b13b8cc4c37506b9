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
 * CPU milliseconds per step of the application process and of all PostgreSQL processes.
 */
final class StepCost {

    /** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ). */
    private static final double MILLIS_PER_TICK = 10.0;

    record Snapshot(long statements, double appCpuMillis, double dbCpuMillis, java.util.Map<String, Long> callsByQuery) {
    }

    record PerStep(double statements, double appCpuMillis, double dbCpuMillis) {

        String describe() {
            return String.format(Locale.ROOT, "%.1f SQL statements, %.2f ms application CPU, %.2f ms PostgreSQL CPU per step",
                    statements, appCpuMillis, dbCpuMillis);
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

    Snapshot now() {
        var calls = callsByQuery();
        return new Snapshot(calls.values().stream().mapToLong(Long::longValue).sum(), appCpuMillis(), postgresCpuMillis(),
                calls);
    }

    /** The statements a step ran most often since {@code before}, as calls per step: where a step's SQL goes. */
    String profile(Snapshot before, int steps, int top) {
        var after = callsByQuery();
        var lines = new StringBuilder();
        after.entrySet().stream()
                .map(query -> java.util.Map.entry(query.getKey(), query.getValue() - before.callsByQuery().getOrDefault(query.getKey(), 0L)))
                .filter(query -> query.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(query -> lines.append(String.format(Locale.ROOT, "  %6.2f  %s%n", query.getValue() / (double) steps,
                        query.getKey().replaceAll("\\s+", " ").substring(0, Math.min(150, query.getKey().replaceAll("\\s+", " ").length())))));
        return lines.toString();
    }

    PerStep since(Snapshot before, int steps) {
        return since(before, steps, 0);
    }

    /** {@code goneDbCpuMillis}: CPU of server processes that ended during the phase (closed connections). */
    PerStep since(Snapshot before, int steps, double goneDbCpuMillis) {
        var after = now();
        return new PerStep(statements ? (after.statements() - before.statements()) / (double) steps : Double.NaN,
                (after.appCpuMillis() - before.appCpuMillis()) / steps,
                (after.dbCpuMillis() - before.dbCpuMillis() + goneDbCpuMillis) / steps);
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
    private java.util.Map<String, Long> callsByQuery() {
        var calls = new java.util.HashMap<String, Long>();
        if (!statements) {
            return calls;
        }
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT query, sum(calls) FROM pg_stat_statements"
                     + " WHERE query NOT LIKE '%pg_stat_statements%' GROUP BY query")) {
            while (rows.next()) {
                calls.put(rows.getString(1), rows.getLong(2));
            }
            return calls;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private double appCpuMillis() {
        if (appPid <= 0) {
            return Double.NaN;
        }
        return ProcessHandle.of(appPid).flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toNanos).map(nanos -> nanos / 1e6).orElse(Double.NaN);
    }

    /** User and system time of every process named postgres (the server and its backends). */
    private static double postgresCpuMillis() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(StepCost::postgresTicks).sum() * MILLIS_PER_TICK;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** CPU time of one process so far (0 if it is gone). */
    static double processCpuMillis(long pid) {
        return postgresTicks(Path.of("/proc", Long.toString(pid))) * MILLIS_PER_TICK;
    }

    private static double postgresTicks(Path process) {
        try {
            var stat = Files.readString(process.resolve("stat"));
            var name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if (!name.equals("postgres")) {
                return 0;
            }
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state is field 3; utime and stime are fields 14 and 15
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
