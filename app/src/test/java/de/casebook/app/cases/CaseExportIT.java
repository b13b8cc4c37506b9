package de.casebook.app.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** An auditor exports many cases at once as a workbook a German spreadsheet reads, and only their own. */
class CaseExportIT extends CasebookIntegrationTest {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    @Test
    void anAuditorExportsEveryStepOfManyCasesAsOneWorkbook() throws Exception {
        var courseId = scheduleCourse(clock.today().minusDays(20), Map.of("maxParticipants", 40));
        var cases = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            cases.add(staff().ok("/api/courses/" + courseId + "/enrolments", Map.of("name", "Çiğdem Öztürk-Łukasz " + i,
                    "email", "export" + i + "@example.org")).get("caseId").asText());
        }
        completeTask(staff(), cases.get(0), "user_admit_participant", Map.of("decision", "admit"));
        signOff(courseId, clock.today().minusDays(3), "7.5", cases.get(0));
        var numbers = cases.stream().map(caseId -> qualification(caseId).get("caseNumber").asText()).toList();

        var started = as("auditor").post("/api/case-exports", Map.of("caseType", "qualification",
                "openedFrom", clock.today().toString()));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        var id = started.getBody().get("id").asText();
        var finished = await().atMost(Duration.ofSeconds(60)).until(() -> as("auditor").read("/api/case-exports/" + id),
                export -> !"running".equals(export.get("status").asText()));
        assertThat(finished.get("status").asText()).isEqualTo("done");
        var visible = jdbc.sql("""
                SELECT count(*) FROM case_index WHERE municipality = 'musterstadt' AND case_type = 'qualification'
                   AND opened_at >= :since""").param("since", java.sql.Timestamp.from(
                de.casebook.domain.shared.CaseCalendar.instantOf(clock.today().atStartOfDay()))).query(Integer.class).single();
        assertThat(finished.get("done").asInt()).isEqualTo(finished.get("total").asInt()).isEqualTo(visible)
                .isGreaterThanOrEqualTo(30);

        var file = as("auditor").download("/api/case-exports/" + id + "/file");
        assertThat(file.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(file.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        var sheets = read(file.getBody());
        assertThat(sheets.keySet()).containsExactly("Fälle", "Qualifizierung Bürgermentor in");
        var overview = sheets.get("Fälle");
        assertThat(text(overview.get(0))).containsExactly("Fallnummer", "Fallart", "Status", "Person", "Eröffnet");
        assertThat(overview.stream().skip(1).map(row -> row.getCellText(0))).containsAll(numbers);
        var first = overview.stream().filter(row -> row.getCellText(0).equals(numbers.get(0))).findFirst().orElseThrow();
        assertThat(first.getCellText(3)).isEqualTo("Çiğdem Öztürk-Łukasz 0");
        assertThat(first.getCell(4).getType()).as("a time is a time, not text").isEqualTo(CellType.NUMBER);
        assertThat(first.getCellAsDate(4).orElseThrow().toLocalDate()).isEqualTo(clock.today());

        var steps = sheets.get("Qualifizierung Bürgermentor in");
        var header = text(steps.get(0));
        assertThat(header).startsWith("Fallnummer", "Nr.", "Zeitpunkt", "Schritt", "Wer", "Rolle", "Kommune")
                .contains("Teilnehmer:in – Name", "Stunden");
        var signedOff = steps.stream().filter(row -> row.getCellText(0).equals(numbers.get(0))
                && "Kursstunden bestätigt".equals(row.getCellText(3))).findFirst().orElseThrow();
        var hours = signedOff.getCell(header.indexOf("Stunden"));
        assertThat(hours.getType()).isEqualTo(CellType.NUMBER);
        assertThat(new BigDecimal(hours.getRawValue())).isEqualByComparingTo("7.5");
        assertThat(steps.stream().filter(row -> row.getCellText(0).equals(numbers.get(0))).findFirst().orElseThrow()
                .getCell(header.indexOf("geforderte Stunden")).getRawValue()).as("40, not 4E+1").isEqualTo("40");
        var municipality = header.indexOf("Kommune");
        assertThat(steps.stream().skip(1).map(row -> row.getCellText(municipality)))
                .as("only the auditor's municipality").containsOnly("musterstadt");

        var page = PageSession.signIn(http.getRootUri(), "auditor");
        assertThat(get(page, "/cases/exports/" + id).body()).contains("Fertig", "Arbeitsmappe herunterladen");
        assertThat(get(page, "/cases/" + cases.get(0) + "/history.xlsx").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAuditorsAndAdminsExportAndOnlyWhoAskedDownloads() {
        assertThat(staff().post("/api/case-exports", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(trainer().post("/api/case-exports", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var id = as("auditor").post("/api/case-exports", Map.of("caseType", "network")).getBody().get("id").asText();
        assertProblem(as("admin").get("/api/case-exports/" + id), HttpStatus.NOT_FOUND, "export.not-found");
        assertProblem(as("admin").get("/api/case-exports/" + id + "/file"), HttpStatus.NOT_FOUND, "export.not-found");
    }

    @Test
    void aReversedPeriodOrAnUnknownCaseTypeIsRefusedAndStartsNothing() {
        var before = jdbc.sql("SELECT count(*) FROM case_export").query(Long.class).single();
        var reversed = new HashMap<String, Object>();
        reversed.put("openedFrom", clock.today().toString());
        reversed.put("openedUntil", clock.today().minusDays(1).toString());
        assertProblem(as("auditor").post("/api/case-exports", reversed), HttpStatus.UNPROCESSABLE_ENTITY,
                "export.period-reversed");
        assertProblem(as("auditor").post("/api/case-exports", Map.of("caseType", "parking-ticket")),
                HttpStatus.BAD_REQUEST, "request.bad-value");
        assertThat(jdbc.sql("SELECT count(*) FROM case_export").query(Long.class).single()).isEqualTo(before);
    }

    private static List<String> text(Row row) {
        var cells = new ArrayList<String>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i));
        }
        return cells;
    }

    private static Map<String, List<Row>> read(byte[] xlsx) throws IOException {
        var sheets = new java.util.LinkedHashMap<String, List<Row>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    sheets.put(sheet.getName(), rows.toList());
                }
            }
        }
        return sheets;
    }

    private HttpResponse<String> get(PageSession session, String path) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Cookie", session.cookie()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
