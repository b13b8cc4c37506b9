package de.casebook.bench;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the audit trail costs and how fast it is checked: a verification over every stored event
 * (seeded up to --events) against a raw scan of the same rows; then case steps with the hash chain
 * against the same steps with the chain's trigger reduced to a constant, alternating in one run on
 * one database. Run it with bash bench/run.sh --scenario=audit.
 */
final class AuditBenchmark {

    private static final String CONSTANT_HASH = """
            CREATE OR REPLACE FUNCTION casebook_chain_event() RETURNS TRIGGER LANGUAGE plpgsql AS
            $$ BEGIN NEW.hash := '\\x00'::BYTEA; RETURN NEW; END $$""";

    private final String url;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final CasebookClient admin;

    AuditBenchmark(String url, String jdbc, String user, String password) {
        this.url = url;
        dataSource.setUrl(jdbc);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        this.admin = new CasebookClient(url, "admin", "admin");
    }

    void run(Map<String, String> options) throws Exception {
        var clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        var steps = Integer.parseInt(options.getOrDefault("steps", "1600"));
        var rounds = Integer.parseInt(options.getOrDefault("rounds", "4"));
        var events = Integer.parseInt(options.getOrDefault("events", "1000000"));
        // verified first: the steps without the chain leave events a verification reports
        verification(events);
        stepsWithAndWithoutTheChain(clients, steps, rounds);
    }

    private void stepsWithAndWithoutTheChain(int clients, int steps, int rounds) throws Exception {
        var workload = new CaseStepsWorkload(url);
        System.out.println("warming up (not measured) ...");
        workload.run(4, 500);
        var original = functionDefinition();
        var with = new ArrayList<Result>();
        var without = new ArrayList<Result>();
        System.out.printf(Locale.ROOT, "%n%-6s %-14s %8s %10s %10s %10s %9s%n", "round", "chain", "steps", "per sec",
                "p50 ms", "p99 ms", "failures");
        for (int round = 1; round <= rounds; round++) {
            // the order alternates (with, without; without, with; ...): whatever runs second in a round
            // meets a warmer server
            final var current = round;
            if (round % 2 == 1) {
                with.add(print(round, "sha-256 chain", workload.run(clients, steps / clients)));
                without.add(withoutTheChain(original, () -> print(current, "constant", workload.run(clients, steps / clients))));
            } else {
                without.add(withoutTheChain(original, () -> print(current, "constant", workload.run(clients, steps / clients))));
                with.add(print(round, "sha-256 chain", workload.run(clients, steps / clients)));
            }
        }
        var withRate = with.stream().mapToDouble(Result::perSecond).sum();
        var withoutRate = without.stream().mapToDouble(Result::perSecond).sum();
        System.out.printf(Locale.ROOT, "steps/s with the chain ÷ without, %d clients, %d rounds: %.3f%n", clients, rounds,
                withRate / withoutRate);
    }

    private interface Measurement {
        Result run() throws Exception;
    }

    private Result withoutTheChain(String original, Measurement measurement) throws Exception {
        execute(CONSTANT_HASH);
        try {
            return measurement.run();
        } finally {
            execute(original);
        }
    }

    private void verification(int events) throws Exception {
        var stored = count();
        if (stored < events) {
            var cards = (events - stored + 8) / 9;
            System.out.printf(Locale.ROOT, "%nseeding %,d card applications (9 events each) through the event store%n", cards);
            var start = System.nanoTime();
            var written = new EventSeeder(dataSource).cardApplications((int) cards);
            System.out.printf(Locale.ROOT, "  %,d events in %.1f s (%,.0f events/s, each hashed by the trigger)%n",
                    written, seconds(start), written / seconds(start));
        }
        var sealStart = System.nanoTime();
        admin.required(admin.post("/api/audit/digests", Map.of()), "sealing a digest");
        System.out.printf(Locale.ROOT, "sealed a digest of %,d events in %.1f s%n", count(), seconds(sealStart));

        var rawStart = System.nanoTime();
        var rawRows = rawScan();
        var rawSeconds = seconds(rawStart);
        var start = System.nanoTime();
        var id = admin.required(admin.post("/api/audit/verifications", Map.of()), "starting a verification")
                .get("id").asText();
        var result = await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.get("/api/audit/verifications/" + id),
                        response -> !response.ok() || !"running".equals(response.body().get("status").asText()));
        var verifySeconds = seconds(start);
        var checked = result.body().get("eventsChecked").asLong();
        System.out.printf(Locale.ROOT, "verification: %s, %,d events in %.1f s = %,.0f events/s (raw scan of the same "
                        + "rows: %,d in %.1f s = %,.0f rows/s; ratio %.2f)%n", result.body().get("status").asText(),
                checked, verifySeconds, checked / verifySeconds, rawRows, rawSeconds, rawRows / rawSeconds,
                (checked / verifySeconds) / (rawRows / rawSeconds));
    }

    private long rawScan() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.setFetchSize(2000);
                var rows = 0L;
                var bytes = 0L;
                try (var result = statement.executeQuery("""
                        SELECT globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, payloadtype,
                               payloadrevision, timestamp, payload, metadata, hash
                        FROM domainevententry ORDER BY globalindex""")) {
                    while (result.next()) {
                        rows++;
                        bytes += result.getBytes(9).length;
                    }
                }
                connection.commit();
                return bytes >= 0 ? rows : 0;
            }
        }
    }

    private long count() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }

    private String functionDefinition() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT pg_get_functiondef('casebook_chain_event'::regproc)")) {
            result.next();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Result print(int round, String chain, Result result) {
        System.out.printf(Locale.ROOT, "%-6d %-14s %8d %10.1f %10.2f %10.2f %9d%n", round, chain, result.steps(),
                result.perSecond(), result.p50Millis(), result.p99Millis(), result.failures());
        return result;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
