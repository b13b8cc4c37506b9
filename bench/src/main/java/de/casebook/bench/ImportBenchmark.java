package de.casebook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * The bulk import of a previous register: a CSV of card holders (nine in ten with a limited card,
 * whose process then waits for reminder and expiry) is uploaded and checked (the dry run), then
 * taken over; reported are the dry run's time and the import's cases per second, with SQL
 * statements and CPU per case. Imports of different people run one after the other: the first
 * right after the application started, while its JIT compiler still takes a good part of the two
 * cores (reported as such), then further imports until one runs on a settled JIT (its compiler
 * threads under a tenth of the application's CPU, at most {@code --import-rounds}), as a server that
 * has been running for a while meets a municipality's register.
 */
final class ImportBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final String url;
    private final StepCost cost;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString("staff:staff".getBytes(StandardCharsets.UTF_8));

    ImportBenchmark(String url, StepCost cost) {
        this.url = url;
        this.cost = cost;
    }

    void run(Map<String, String> options) throws Exception {
        var rows = Integer.parseInt(options.getOrDefault("rows", "20000"));
        var firstRows = Integer.parseInt(options.getOrDefault("first-rows", String.valueOf(rows)));
        var rounds = Integer.parseInt(options.getOrDefault("import-rounds", "4"));
        Round cold = null;
        if (firstRows > 0) {
            System.out.println("first import after start (cold application):");
            cold = importOnce(firstRows);
        }
        Round last = null;
        int round = 0;
        while (round < rounds && (last == null || !settled(last))) {
            System.out.printf("import %d on the running application:%n", ++round);
            last = importOnce(rows);
        }
        System.out.println("  statements per case of that last import, most frequent first:");
        System.out.print(cost.profile(last.before(), Math.max(last.imported(), 1), 30));
        System.out.printf(Locale.ROOT, "import summary: %s; import %d %s: %.0f cases/s%n",
                cold == null ? "no cold import" : "first import after start %.0f cases/s".formatted(cold.casesPerSecond()),
                round, settled(last) ? "(JIT settled: under a tenth of the app CPU)" : "(JIT not yet settled)",
                last.casesPerSecond());
    }

    private static boolean settled(Round round) {
        return round.cost().jitCpuMillis() < round.cost().appCpuMillis() / 10;
    }

    private record Round(StepCost.Snapshot before, int imported, double casesPerSecond, StepCost.PerStep cost) {
    }

    private Round importOnce(int rows) throws Exception {
        var csv = sheet(rows);
        var begin = System.nanoTime();
        var checked = upload(csv);
        var checkSeconds = (System.nanoTime() - begin) / 1e9;
        var id = checked.get("id").asText();
        System.out.printf(Locale.ROOT, "import of %d card holders (%.1f MB CSV)%n", rows, csv.length / 1e6);
        System.out.printf(Locale.ROOT, "  dry run (upload, read, check every row): %.1f s, %d valid rows%n",
                checkSeconds, checked.get("rowsValid").asInt());

        var before = cost.now();
        begin = System.nanoTime();
        send(HttpRequest.newBuilder(URI.create(url + "/api/imports/" + id + "/start"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(), 202);
        var progress = HttpRequest.newBuilder(URI.create(url + "/api/imports/" + id))
                .header("Authorization", authorization).GET().build();
        JsonNode state = Awaitility.await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofMinutes(30))
                .until(() -> send(progress, 200), current -> !"running".equals(current.get("status").asText()));
        var seconds = (System.nanoTime() - begin) / 1e9;
        var imported = state.get("rowsImported").asInt();
        var perCase = cost.since(before, Math.max(imported, 1));
        System.out.printf(Locale.ROOT, "  import: %s, %d cases in %.1f s = %.0f cases/s%n", state.get("status").asText(),
                imported, seconds, imported / seconds);
        System.out.printf(Locale.ROOT, "  per case: %.1f SQL statements, %.2f ms app CPU (of which JIT compiler %.2f),"
                        + " %.2f ms PostgreSQL CPU%n", perCase.statements(), perCase.appCpuMillis(), perCase.jitCpuMillis(),
                perCase.dbCpuMillis());
        return new Round(before, imported, imported / seconds, perCase);
    }

    private static byte[] sheet(int rows) {
        var today = LocalDate.now();
        var run = UUID.randomUUID().toString().substring(0, 8);
        var text = new StringBuilder("Name;Geburtsdatum;Straße;PLZ;Ort;E-Mail;Programm;Kartennummer;Gültig bis\r\n");
        for (int i = 0; i < rows; i++) {
            var unlimited = i % 10 == 0;
            text.append("Çiğdem Öztürk-Łukasz ").append(run).append(' ').append(i).append(';')
                    .append(GERMAN.format(LocalDate.of(1940, 1, 1).plusDays(i % 20000))).append(';')
                    .append("Königsallee ").append(i % 300 + 1).append(";12345;Musterstadt;")
                    .append(i % 3 == 0 ? "" : "holder" + i + "@example.org").append(';')
                    .append(unlimited ? "nrw-jubilaeum" : "nrw").append(";ALT-").append(i).append(';')
                    .append(unlimited ? "" : GERMAN.format(today.plusDays(100 + i % 900))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode upload(byte[] csv) throws Exception {
        var boundary = "casebook" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncard-holders\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url + "/api/imports")).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), 201);
    }

    private JsonNode send(HttpRequest request, int expected) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
