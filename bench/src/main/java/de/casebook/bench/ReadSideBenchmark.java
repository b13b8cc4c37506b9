package de.casebook.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The read side at scale: cases written through Axon's event store API and processes started through
 * Camunda's, then, with the application's read models caught up, the latency of lists, searches,
 * statistics and the task list (P3, next to the raw SQL a hand-written task list would run) and the
 * rate of a rebuild of the case index (P2, next to a raw keyset scan of the event table).
 */
final class ReadSideBenchmark {

    private final String url;
    private final String jdbc;
    private final String user;
    private final String password;
    private final CasebookClient staff;
    private final CasebookClient admin;

    ReadSideBenchmark(String url, String jdbc, String user, String password) {
        this.url = url;
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
        this.staff = new CasebookClient(url, "staff", "staff");
        this.admin = new CasebookClient(url, "admin", "admin");
    }

    void run(Map<String, String> options) throws Exception {
        var cards = Integer.parseInt(options.getOrDefault("cards", "100000"));
        var enrolments = Integer.parseInt(options.getOrDefault("enrolments", "100000"));
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbc);
        dataSource.setUser(user);
        dataSource.setPassword(password);

        if (!"false".equals(options.get("seed"))) {
            seed(dataSource, cards, enrolments);
        }
        var catchUp = System.nanoTime();
        awaitReadModels();
        System.out.printf(Locale.ROOT, "  read models caught up %.1f s after the last event%n", seconds(catchUp));
        vacuum(dataSource);
        measure();
    }

    /**
     * What autovacuum does some minutes after a bulk load, done at once so that the first requests are
     * not measured against tables without statistics or visibility map.
     */
    private static void vacuum(PGSimpleDataSource dataSource) throws SQLException {
        var start = System.nanoTime();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        System.out.printf(Locale.ROOT, "  VACUUM ANALYZE in %.1f s%n", seconds(start));
    }

    /** Writes the cases and starts their processes (skipped with --seed=false, to measure a database seeded before). */
    private void seed(PGSimpleDataSource dataSource, int cards, int enrolments) {
        System.out.printf(Locale.ROOT, "seeding %,d card applications (9 events each) and %,d enrolments with open tasks%n",
                cards, enrolments);
        var seedStart = System.nanoTime();
        var seeder = new EventSeeder(dataSource);
        var events = seeder.cardApplications(cards);
        var caseIds = seeder.enrolments(enrolments);
        events += caseIds.size();
        var eventsSeconds = seconds(seedStart);
        var taskStart = System.nanoTime();
        try (var tasks = new TaskSeeder(jdbc, user, password)) {
            tasks.start(caseIds);
        }
        System.out.printf(Locale.ROOT, "  %,d events through the event store API in %.1f s (%,.0f events/s), "
                + "%,d processes through Camunda's API in %.1f s%n", events, eventsSeconds, events / eventsSeconds,
                caseIds.size(), seconds(taskStart));
    }

    private void measure() throws Exception {
        var head = head();
        System.out.printf(Locale.ROOT, "%n%-44s %10s %10s %10s%n", "read (100 requests, 1 client)", "p50 ms", "p95 ms",
                "max ms");
        measure("case list, first page", "/api/cases?size=20");
        measure("case search by part of a name (weiss)", "/api/cases?q=weiss&size=20");
        measure("case search by accented name (Öztürk)", "/api/cases?q=%C3%96zt%C3%BCrk&size=20");
        measure("case by number (EK-2025-050000)", "/api/cases?number=EK-2025-050000");
        measure("card applications, first page", "/api/card-applications?size=20");
        measure("statistics", "/api/statistics");
        var tasks = measure("P3 task list, first page with names", "/api/tasks?size=20");
        var raw = rawTaskList();
        System.out.printf(Locale.ROOT, "%-44s %10.2f %10.2f %10.2f%n", "P3 raw SQL, same page and count",
                raw.percentileMillis(50), raw.percentileMillis(95), raw.percentileMillis(100));
        System.out.printf(Locale.ROOT, "P3 ratio (p95 task list ÷ p95 raw SQL): %.2f (goal ≤ 3)%n",
                tasks.percentileMillis(95) / raw.percentileMillis(95));

        var scan = rawScan();
        var rebuild = rebuild("case-index");
        System.out.printf(Locale.ROOT, "%nP2 over %,d events: raw keyset scan %,.0f events/s, rebuild of case-index "
                + "%,.0f events/s, ratio %.2f (goal ≥ 0.5)%n", head + 1, scan, rebuild, rebuild / scan);
    }

    private Latencies measure(String name, String path) throws Exception {
        for (int i = 0; i < 20; i++) {
            staff.required(staff.get(path), name);
        }
        var latencies = new Latencies();
        for (int i = 0; i < 100; i++) {
            var begin = System.nanoTime();
            staff.required(staff.get(path), name);
            latencies.add(System.nanoTime() - begin);
        }
        System.out.printf(Locale.ROOT, "%-44s %10.2f %10.2f %10.2f%n", name, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(100));
        return latencies;
    }

    /** The task list's first page and its total as a hand-written SQL task list would read them. */
    private Latencies rawTaskList() throws SQLException {
        var latencies = new Latencies();
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var page = connection.prepareStatement("""
                     SELECT t.id_, t.task_def_key_, t.name_, e.business_key_, t.create_time_, t.due_date_, t.assignee_
                     FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_
                     WHERE t.suspension_state_ = 1 AND (t.assignee_ = ? OR t.assignee_ IS NULL AND EXISTS (
                         SELECT 1 FROM act_ru_identitylink l WHERE l.task_id_ = t.id_ AND l.type_ = 'candidate'
                         AND (l.group_id_ = ? OR l.user_id_ = ?)))
                     ORDER BY t.create_time_, t.id_ LIMIT 20""");
             var count = connection.prepareStatement("""
                     SELECT count(*) FROM act_ru_task t
                     WHERE t.suspension_state_ = 1 AND (t.assignee_ = ? OR t.assignee_ IS NULL AND EXISTS (
                         SELECT 1 FROM act_ru_identitylink l WHERE l.task_id_ = t.id_ AND l.type_ = 'candidate'
                         AND (l.group_id_ = ? OR l.user_id_ = ?)))""")) {
            for (int i = 0; i < 120; i++) {
                var begin = System.nanoTime();
                for (var statement : new java.sql.PreparedStatement[] {page, count}) {
                    statement.setString(1, "staff");
                    statement.setString(2, "staff:musterstadt");
                    statement.setString(3, "staff");
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(1);
                        }
                    }
                }
                if (i >= 20) {
                    latencies.add(System.nanoTime() - begin);
                }
            }
        }
        return latencies;
    }

    /** Every event read in global order in pages of 1,000, every column Axon reads: events per second. */
    private double rawScan() throws SQLException {
        var begin = System.nanoTime();
        var events = 0L;
        var bytes = 0L;
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var statement = connection.prepareStatement("""
                     SELECT globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,
                         payloadtype, payloadrevision, payload, metadata
                     FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT 1000""")) {
            var last = -1L;
            while (true) {
                statement.setLong(1, last);
                var page = 0;
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        bytes += rows.getBytes(9).length + rows.getBytes(10).length + rows.getString(3).length();
                        page++;
                    }
                }
                events += page;
                if (page == 0) {
                    break;
                }
            }
        }
        var seconds = seconds(begin);
        System.out.printf(Locale.ROOT, "raw keyset scan: %,d events (%,d MB) in %.1f s%n", events, bytes >> 20, seconds);
        return events / seconds;
    }

    /** Rebuilds a read model through the admin API and waits until it is in place: events per second. */
    private double rebuild(String name) throws Exception {
        var begin = System.nanoTime();
        admin.required(admin.post("/api/admin/projections/" + name + "/rebuild", Map.of()), "rebuild");
        var rebuild = await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> finishedRebuild(name), Objects::nonNull);
        var seconds = seconds(begin);
        var total = rebuild.get("total").asLong();
        System.out.printf(Locale.ROOT, "rebuild of %s: %,d events in %.1f s%n", name, total, seconds);
        return total / seconds;
    }

    /** The projection's rebuild once it is done; null while it runs. */
    private JsonNode finishedRebuild(String name) throws Exception {
        for (var projection : admin.required(admin.get("/api/admin/projections"), "projections")) {
            var rebuild = projection.get("rebuild");
            if (projection.get("name").asText().equals(name) && rebuild != null
                    && rebuild.get("state").asText().equals("DONE")) {
                return rebuild;
            }
        }
        return null;
    }

    private void awaitReadModels() {
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(500)).until(this::readModelsCaughtUp);
    }

    private boolean readModelsCaughtUp() throws Exception {
        for (var projection : admin.required(admin.get("/api/admin/projections"), "projections")) {
            if (projection.get("lag").asLong() > 0) {
                return false;
            }
        }
        return true;
    }

    private long head() throws SQLException {
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var rows = connection.createStatement().executeQuery("SELECT max(globalindex) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
