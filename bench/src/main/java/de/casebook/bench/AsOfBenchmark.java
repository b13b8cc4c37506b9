package de.casebook.bench;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P4: the as-of view of a case with 1,000 events against the raw read of those events. A participant
 * gets 1,000 quarter-hour sign-offs (spread over 29 days, confirmed); then the view "as it was" at an
 * instant in the middle is asked for over HTTP, and the same events are read over plain JDBC.
 */
final class AsOfBenchmark {

    private static final int EVENTS = 1_000;
    /** Both reads run this often before being measured: until then the JIT is still compiling their paths. */
    private static final int WARM_UP_ROUNDS = 500;
    private static final int ROUNDS = 200;

    private final String url;
    private final String jdbc;
    private final String user;
    private final String password;

    AsOfBenchmark(String url, String jdbc, String user, String password) {
        this.url = url;
        this.jdbc = jdbc;
        this.user = user;
        this.password = password;
    }

    void run(Map<String, String> options) throws Exception {
        var events = Integer.parseInt(options.getOrDefault("events", Integer.toString(EVENTS)));
        var warmUp = Integer.parseInt(options.getOrDefault("warm-up", Integer.toString(WARM_UP_ROUNDS)));
        var staff = new CasebookClient(url, "staff", "staff");
        var trainer = new CasebookClient(url, "trainer", "trainer");
        var courseId = staff.required(staff.post("/api/courses", Map.of("title", "As-of", "educationProvider", "VHS",
                "trainers", List.of("trainer"), "startDate", LocalDate.now().minusDays(30).toString(),
                "requiredHours", 100000)), "course").get("id").asText();
        var caseId = staff.required(staff.post("/api/courses/" + courseId + "/enrolments",
                Map.of("name", "Jürgen Weiß", "email", "juergen@example.org")), "enrol").get("caseId").asText();
        var task = staff.required(staff.get("/api/tasks?caseId=" + caseId), "task").get(0).get("id").asText();
        staff.required(staff.post("/api/tasks/" + task + "/complete", Map.of("decision", "admit")), "admit");
        Instant middle = null;
        for (int i = 0; i < events; i++) {
            trainer.required(trainer.post("/api/courses/" + courseId + "/sessions", Map.of(
                    "date", LocalDate.now().minusDays(1 + i % 29).toString(), "hours", "0.25",
                    "module", "Verbindungen schaffen", "confirmed", true, "participants", List.of(caseId))), "sign-off");
            if (i == events / 2) {
                middle = Instant.now();
            }
        }
        var asOf = "/api/qualifications/" + caseId + "?asOf=" + middle;
        var view = new Latencies();
        var raw = new Latencies();
        try (var connection = DriverManager.getConnection(jdbc, user, password);
             var read = connection.prepareStatement("SELECT globalIndex, eventIdentifier, aggregateIdentifier, "
                     + "sequenceNumber, type, timeStamp, payloadType, payloadRevision, payload, metaData "
                     + "FROM domainevententry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber")) {
            read.setString(1, caseId);
            for (int round = 0; round < warmUp + ROUNDS; round++) {
                var measured = round >= warmUp;
                var begin = System.nanoTime();
                staff.required(staff.get(asOf), "as-of view");
                if (measured) {
                    view.add(System.nanoTime() - begin);
                }
                begin = System.nanoTime();
                var rows = 0;
                try (var result = read.executeQuery()) {
                    while (result.next()) {
                        result.getBytes(9);
                        result.getBytes(10);
                        rows++;
                    }
                }
                if (measured) {
                    raw.add(System.nanoTime() - begin);
                }
                if (rows < events) {
                    throw new IllegalStateException("the case has " + rows + " events, expected at least " + events);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nas-of view of a case with %d events (after %d warm-up rounds, %d measured):%n",
                events + 2, warmUp, ROUNDS);
        System.out.printf(Locale.ROOT, "raw read of its events (JDBC)   p50 %.2f ms, p99 %.2f ms%n",
                raw.percentileMillis(50), raw.percentileMillis(99));
        System.out.printf(Locale.ROOT, "as-of view (HTTP, signed in)    p50 %.2f ms, p99 %.2f ms%n",
                view.percentileMillis(50), view.percentileMillis(99));
        System.out.printf(Locale.ROOT, "ratio (p50 as-of ÷ p50 raw)     %.2f (target ≤ 2)%n",
                view.percentileMillis(50) / raw.percentileMillis(50));
    }
}
