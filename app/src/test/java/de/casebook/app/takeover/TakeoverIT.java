package de.casebook.app.takeover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A municipality takes over its previous register: a sheet of 2,000 card holders with bad rows is
 * checked (nothing written), imported through the aggregates, and an import cut short is resumed
 * without a row becoming two cases.
 */
class TakeoverIT extends CasebookIntegrationTest {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    Takeovers takeovers;

    @Autowired
    CaseNumbers caseNumbers;

    private String run;

    @BeforeEach
    void distinctPeople() {
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void twoThousandCardHoldersAreCheckedThenTakenOverWithTheirBadRowsLeftOut() throws Exception {
        var applied = "Jürgen Weiß " + run;
        staff().ok("/api/card-applications", Map.of("program", "nrw",
                "applicant", Map.of("name", applied, "birthDate", "1961-07-04", "street", "Lindenallee 3",
                        "postalCode", "12345", "city", "Musterstadt", "email", "juergen@example.org"),
                "organisations", List.of(Map.of("name", "Tafel", "contactName", "Kontakt Tafel",
                        "contactEmail", "tafel@example.org", "since", "2015-01-01", "role", "Ausgabe", "unpaid", true))));
        var today = clock.today();
        var rows = new ArrayList<String>();
        rows.add("Name;Geburtsdatum;Straße;PLZ;Ort;E-Mail;Programm;Kartennummer;Gültig bis");
        for (int i = 0; i < 1992; i++) {
            var unlimited = i % 10 == 0;
            rows.add(String.join(";", "Çiğdem Öztürk-Łukasz " + run + " " + i, GERMAN.format(LocalDate.of(1950, 1, 1).plusDays(i * 11L)),
                    "Königsallee " + (i + 1), "12345", "Musterstadt", i % 3 == 0 ? "" : "holder" + i + "@example.org",
                    unlimited ? "Jubiläums-Ehrenamtskarte NRW" : "nrw", "ALT-" + i,
                    unlimited ? "" : GERMAN.format(today.plusDays(30 + i % 700))));
        }
        var bad = List.of(
                "Anna Falsch " + run + ";31.02.1980;Weg 1;12345;Musterstadt;;nrw;ALT-X1;" + GERMAN.format(today.plusYears(1)),
                ";01.01.1980;Weg 2;12345;Musterstadt;;nrw;ALT-X2;" + GERMAN.format(today.plusYears(1)),
                "Bernd Plz " + run + ";01.01.1980;Weg 3;1234;Musterstadt;;nrw;ALT-X3;" + GERMAN.format(today.plusYears(1)),
                "Clara Abgelaufen " + run + ";01.01.1980;Weg 4;12345;Musterstadt;;nrw;ALT-X4;" + GERMAN.format(today.minusDays(1)),
                "Dora Bayern " + run + ";01.01.1980;Weg 5;12345;Musterstadt;;by-gold;ALT-X5;",
                "Çiğdem Öztürk-Łukasz " + run + " 5;" + GERMAN.format(LocalDate.of(1950, 1, 1).plusDays(55)) + ";Weg 6;12345;Musterstadt;;nrw;ALT-X6;" + GERMAN.format(today.plusYears(1)),
                "Emil Jubiläum " + run + ";01.01.1980;Weg 7;12345;Musterstadt;;nrw-jubilaeum;ALT-X7;" + GERMAN.format(today.plusYears(1)),
                applied + ";04.07.1961;Lindenallee 3;12345;Musterstadt;;nrw;ALT-X8;" + GERMAN.format(today.plusYears(1)));
        rows.addAll(bad);
        var csv = ("\uFEFF" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
        var eventsBefore = eventCount();

        var uploaded = staff().upload("/api/imports", "karteninhaber.csv", csv, Map.of("kind", "card-holders"));
        assertThat(uploaded.getStatusCode()).as("%s", uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
        var checked = uploaded.getBody();
        assertThat(checked.get("status").asText()).isEqualTo("checked");
        assertThat(checked.get("rowsTotal").asInt()).isEqualTo(2000);
        assertThat(checked.get("rowsValid").asInt()).isEqualTo(1992);
        var problems = problemsByRow(checked.get("problems"));
        assertThat(problems).containsOnlyKeys(1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001);
        assertThat(problems.get(1994)).isEqualTo("Geburtsdatum: „31.02.1980“ ist kein Datum (bitte TT.MM.JJJJ).");
        assertThat(problems.get(1995)).isEqualTo("Name: Hier fehlt ein Wert.");
        assertThat(problems.get(1996)).isEqualTo("PLZ: „1234“ ist keine fünfstellige Postleitzahl.");
        assertThat(problems.get(1997)).isEqualTo("Gültig bis: Die Karte ist bereits abgelaufen und wird nicht übernommen.");
        assertThat(problems.get(1998)).startsWith("Programm: ");
        assertThat(problems.get(1999)).isEqualTo("Dieselbe Person steht schon in Zeile 7.");
        assertThat(problems.get(2000)).startsWith("Gültig bis: Dieses Programm stellt unbefristete Karten aus");
        assertThat(problems.get(2001)).startsWith("Diese Person ist schon in Casebook (Fall EK-");
        assertThat(eventCount()).as("the dry run writes no event").isEqualTo(eventsBefore);

        var id = checked.get("id").asText();
        // between the dry run and the start, a clerk enters an application for one of the holders
        var racing = "Çiğdem Öztürk-Łukasz " + run + " 501";
        staff().ok("/api/card-applications", Map.of("program", "nrw",
                "applicant", Map.of("name", racing, "birthDate", LocalDate.of(1950, 1, 1).plusDays(501 * 11L).toString(),
                        "street", "Königsallee 502", "postalCode", "12345", "city", "Musterstadt", "email", "r@example.org"),
                "organisations", List.of(Map.of("name", "Tafel", "contactName", "Kontakt Tafel",
                        "contactEmail", "tafel@example.org", "since", "2015-01-01", "role", "Ausgabe", "unpaid", true))));
        var started = staff().post("/api/imports/" + id + "/start", null);
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        var done = await().atMost(Duration.ofMinutes(3)).until(() -> staff().read("/api/imports/" + id),
                state -> !"running".equals(state.get("status").asText()));
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("rowsImported").asInt()).isEqualTo(1991);
        assertThat(done.get("rowsRefused").asInt()).isEqualTo(1);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(problemsByRow(done.get("refusals"))).containsOnlyKeys(503);
        assertThat(problemsByRow(done.get("refusals")).get(503)).startsWith("Diese Person ist schon in Casebook (Fall EK-");

        var imported = jdbc.sql("SELECT row_number, case_id, case_number FROM case_import_row WHERE import_id = ?::uuid"
                        + " ORDER BY row_number").param(id)
                .query((row, n) -> new String[] {row.getString(1), row.getString(2), row.getString(3)}).list();
        assertThat(imported).hasSize(1992);
        var opened = imported.stream().filter(row -> row[1] != null).toList();
        assertThat(opened.stream().map(row -> row[2]).distinct()).hasSize(1991).allMatch(number -> number.startsWith("EK-"));
        var firstNumber = serial(imported.get(0)[2]);
        for (int i = 0; i < imported.size(); i++) {
            assertThat(serial(imported.get(i)[2])).as("row %s: the file's order, no number skipped", imported.get(i)[0])
                    .isEqualTo(firstNumber + i);
        }
        assertThat(done.get("firstCaseNumber").asText()).isEqualTo(imported.get(0)[2]);
        assertThat(done.get("lastCaseNumber").asText()).isEqualTo(imported.get(imported.size() - 1)[2]);
        assertThat(page(PageSession.signIn(http.getRootUri(), "staff"), "/imports/" + id).body())
                .contains("Fallnummern " + imported.get(0)[2] + " bis " + imported.get(imported.size() - 1)[2]);
        assertThat(imported.get(501)).as("the refused row keeps its number unused")
                .satisfies(row -> assertThat(row[0]).isEqualTo("503"), row -> assertThat(row[1]).isNull(),
                        row -> assertThat(serial(row[2])).isEqualTo(firstNumber + 501));
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry e JOIN case_import_row r ON r.case_id = e.aggregateidentifier"
                + " WHERE r.import_id = ?::uuid").param(id).query(Long.class).single()).as("two events per case").isEqualTo(2 * 1991L);

        var limited = imported.get(1);
        assertThat(eventTypes(limited[1])).containsExactly("CardTakenOverEvent", "CardIssuedEvent");
        var card = staff().read("/api/card-applications/" + limited[1]);
        assertThat(card.get("status").asText()).isEqualTo("issued");
        assertThat(card.get("applicant").get("name").asText()).isEqualTo("Çiğdem Öztürk-Łukasz " + run + " 1");
        assertThat(card.get("card").get("number").asText()).isEqualTo(limited[2]);
        assertThat(card.get("card").get("validUntil").asText()).isEqualTo(today.plusDays(31).toString());
        assertThat(card.get("takenOver").get("previousCardNumber").asText()).isEqualTo("ALT-1");
        assertThat(card.get("takenOver").get("row").asInt()).isEqualTo(3);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(limited[1]).count())
                .as("a limited card waits for its reminder and expiry").isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(imported.get(0)[1]).count())
                .as("an unlimited card has nothing to wait for").isZero();

        var history = staff().read("/api/cases/" + limited[1] + "/history");
        var first = history.get("entries") != null ? history.get("entries").get(0) : history.get(0);
        assertThat(first.toString()).contains("staff", "karteninhaber.csv");
        assertThat(page(PageSession.signIn(http.getRootUri(), "staff"), "/cases/" + limited[1]).body())
                .contains("aus dem bisherigen Register: Karte ALT-1 (Datei karteninhaber.csv, Zeile 3)");

        var again = staff().post("/api/card-applications", Map.of("program", "nrw",
                "applicant", Map.of("name", "Çiğdem Öztürk-Łukasz " + run + " 1",
                        "birthDate", LocalDate.of(1950, 1, 1).plusDays(11).toString(), "street", "Königsallee 2",
                        "postalCode", "12345", "city", "Musterstadt", "email", "c@example.org"),
                "organisations", List.of(Map.of("name", "Tafel", "contactName", "Kontakt Tafel",
                        "contactEmail", "tafel@example.org", "since", "2015-01-01", "role", "Ausgabe", "unpaid", true))));
        assertProblem(again, HttpStatus.CONFLICT, null);

        assertProblem(staff().upload("/api/imports", "noch-einmal.csv", csv, Map.of("kind", "card-holders")),
                HttpStatus.CONFLICT, "import.file-already-imported");
        assertProblem(staff().post("/api/imports/" + id + "/start", null), HttpStatus.CONFLICT, "import.not-startable");
    }

    @Test
    void anImportCutShortIsResumedWithoutARowBecomingTwoCases() throws Exception {
        var sheet = new ByteArrayOutputStream();
        try (var workbook = new Workbook(sheet, "Casebook-Test", "1.0")) {
            var mentors = workbook.newWorksheet("Mentoren");
            var headings = List.of("Vorname", "Nachname", "E-Mail", "Telefon", "Zertifiziert am", "Zertifikatsnummer");
            for (int c = 0; c < headings.size(); c++) {
                mentors.value(0, c, headings.get(c));
            }
            for (int i = 1; i <= 452; i++) {
                mentors.value(i, 0, "Jürgen");
                mentors.value(i, 1, "Weiß " + run + " " + i);
                mentors.value(i, 2, i == 7 ? "kein-mail" : "mentor" + i + "." + run + "@example.org");
                mentors.value(i, 3, "0211 " + i);
                mentors.value(i, 4, i == 9 ? clock.today().plusDays(3) : LocalDate.of(2019, 5, 1).plusDays(i));
                mentors.style(i, 4).format("dd.mm.yyyy").set();
                mentors.value(i, 5, "Z-" + i);
            }
        }
        var checked = staff().upload("/api/imports", "mentoren.xlsx", sheet.toByteArray(),
                Map.of("kind", "certified-mentors")).getBody();
        assertThat(checked.get("rowsValid").asInt()).as("%s", checked).isEqualTo(450);
        var problems = problemsByRow(checked.get("problems"));
        assertThat(problems.get(8)).isEqualTo("E-Mail: „kein-mail“ ist keine E-Mail-Adresse.");
        assertThat(problems.get(10)).isEqualTo("Zertifiziert am: „Zertifiziert am“ liegt in der Zukunft.");
        var id = UUID.fromString(checked.get("id").asText());

        // what a node leaves behind that began the import, committed one batch and died
        jdbc.sql("""
                UPDATE case_import SET status = 'running', started_by = 'staff', started_role = 'STAFF',
                    started_at = now(), heartbeat_at = ? WHERE id = ?""")
                .params(java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(10))), id).update();
        assertThat(takeovers.runBatches(id, 1)).isEqualTo(1);
        // meanwhile a clerk opens a qualification by hand: it takes the next number after the import's block
        var byHand = caseNumbers.next(CaseTypes.QUALIFICATION,
                jdbc.sql("SELECT municipality FROM case_import WHERE id = ?").param(id).query(String.class).single());
        jdbc.sql("UPDATE case_import SET heartbeat_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(10))), id).update();
        assertThat(staff().read("/api/imports/" + id).get("rowsImported").asInt()).isEqualTo(Takeovers.BATCH);

        takeovers.resumeStale();
        var done = await().atMost(Duration.ofMinutes(2)).until(() -> staff().read("/api/imports/" + id),
                state -> "done".equals(state.get("status").asText()));
        assertThat(done.get("rowsImported").asInt()).isEqualTo(450);
        var numbers = jdbc.sql("SELECT case_number FROM case_import_row WHERE import_id = ? ORDER BY row_number")
                .param(id).query(String.class).list();
        var first = serial(numbers.get(0));
        assertThat(numbers).as("resumed, in the file's order, without a gap")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 450)
                        .mapToObj(i -> numbers.get(0).substring(0, numbers.get(0).lastIndexOf('-') + 1)
                                + "%04d".formatted(first + i)).toList());
        assertThat(serial(byHand)).isEqualTo(first + 450);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT e.aggregateidentifier) FROM domainevententry e
                  JOIN case_import_row r ON r.case_id = e.aggregateidentifier WHERE r.import_id = ?""")
                .param(id).query(Long.class).single()).isEqualTo(450L);
        assertThat(jdbc.sql("SELECT content IS NULL FROM case_import WHERE id = ?").param(id).query(Boolean.class).single())
                .as("the file with its personal data is gone once the import has ended").isTrue();

        var caseId = jdbc.sql("SELECT case_id FROM case_import_row WHERE import_id = ? AND row_number = 2")
                .param(id).query(String.class).single();
        var mentor = qualification(caseId);
        assertThat(mentor.get("status").asText()).isEqualTo("certified");
        assertThat(mentor.get("participant").get("name").asText()).isEqualTo("Jürgen Weiß " + run + " 1");
        assertThat(mentor.get("certificateNumber").asText()).isEqualTo("Z-1");
        assertThat(mentor.get("certificateIssuedOn").asText()).isEqualTo("2019-05-02");
        assertProblem(staff().get("/api/qualifications/" + caseId + "/certificate"), HttpStatus.NOT_FOUND,
                "certificate.from-previous-register");

        var page = PageSession.signIn(http.getRootUri(), "staff");
        assertThat(page(page, "/cases/" + caseId).body()).contains("Jürgen Weiß " + run + " 1",
                "Nr. Z-1 vom 02.05.2019, aus dem bisherigen Register übernommen");
        assertThat(page(page, "/imports/" + id).body()).contains("Fertig: 450 von 450 Fällen übernommen",
                "„kein-mail“ ist keine E-Mail-Adresse.");
        assertThat(page(page, "/imports").body()).contains("mentoren.xlsx", "Datei prüfen");
    }

    private static int serial(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    private HttpResponse<String> page(PageSession session, String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Cookie", session.cookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        return response;
    }

    @Test
    void onlyStaffAndAdminsOfTheMunicipalityImportAndBadFilesAreRefusedClearly() {
        var csv = ("Name;E-Mail;Zertifiziert am;Zertifikatsnummer\nLena " + run + ";lena" + run
                + "@example.org;01.02.2020;Z-9\n").getBytes(StandardCharsets.UTF_8);
        assertProblem(as("trainer").upload("/api/imports", "m.csv", csv, Map.of("kind", "certified-mentors")),
                HttpStatus.FORBIDDEN, null);
        assertProblem(as("auditor").upload("/api/imports", "m.csv", csv, Map.of("kind", "certified-mentors")),
                HttpStatus.FORBIDDEN, null);
        var checked = as("admin").upload("/api/imports", "m.csv", csv, Map.of("kind", "certified-mentors"));
        assertThat(checked.getStatusCode()).as("%s", checked.getBody()).isEqualTo(HttpStatus.CREATED);
        var id = checked.getBody().get("id").asText();
        assertProblem(as("staff-b").get("/api/imports/" + id), HttpStatus.NOT_FOUND, "import.not-found");
        assertProblem(as("staff-b").post("/api/imports/" + id + "/start", null), HttpStatus.NOT_FOUND, "import.not-found");
        assertThat(staff().read("/api/imports").findValuesAsText("id")).contains(id);

        assertProblem(staff().upload("/api/imports", "m.csv", csv, Map.of("kind", "honours")), HttpStatus.BAD_REQUEST,
                "import.unknown-kind");
        assertProblem(staff().upload("/api/imports", "leer.csv", new byte[0], Map.of("kind", "card-holders")),
                HttpStatus.UNPROCESSABLE_ENTITY, "import.empty-file");
        assertProblem(staff().upload("/api/imports", "bild.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                Map.of("kind", "card-holders")), HttpStatus.UNPROCESSABLE_ENTITY, "import.unreadable-file");

        var again = staff().upload("/api/imports", "m-kopie.csv", csv, Map.of("kind", "certified-mentors")).getBody();
        staff().ok("/api/imports/" + id + "/start", null);
        await().atMost(Duration.ofMinutes(1)).until(() -> staff().read("/api/imports/" + id).get("status").asText(),
                "done"::equals);
        assertProblem(staff().post("/api/imports/" + again.get("id").asText() + "/start", null), HttpStatus.CONFLICT,
                "import.file-already-imported");
        assertThat(staff().read("/api/imports/" + again.get("id").asText()).get("status").asText()).isEqualTo("checked");

        var missing = staff().upload("/api/imports", "ohne-geburtsdatum.csv",
                ("Name;Straße\nMia " + run + ";Weg 1\n").getBytes(StandardCharsets.UTF_8), Map.of("kind", "card-holders"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(problemsByRow(missing.getBody().get("problems")).get(1)).contains("Die Spalte „Geburtsdatum“ fehlt");
        var eventsBefore = eventCount();
        assertProblem(staff().post("/api/imports/" + missing.getBody().get("id").asText() + "/start", null),
                HttpStatus.UNPROCESSABLE_ENTITY, "import.nothing-to-import");
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void aBatchThatFailsEndsTheRunAndTheResumedImportOpensEveryRowOnce() {
        var rows = new ArrayList<String>();
        rows.add("Name;E-Mail;Zertifiziert am;Zertifikatsnummer");
        for (int i = 1; i <= 1000; i++) {
            rows.add("Jürgen Weiß " + run + " " + i + ";weiss" + i + "." + run + "@example.org;01.02.2020;Z-" + i);
        }
        var id = UUID.fromString(staff().upload("/api/imports", "mentoren.csv",
                String.join("\n", rows).getBytes(StandardCharsets.UTF_8), Map.of("kind", "certified-mentors"))
                .getBody().get("id").asText());
        // a genuine failure (not a refused row) in the fourth batch: the database refuses its record
        jdbc.sql("""
                CREATE FUNCTION casebook_test_import_fails() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.import_id = '%s' AND NEW.row_number = 700 THEN RAISE EXCEPTION 'disk full'; END IF;
                  RETURN NEW;
                END $$""".formatted(id)).update();
        jdbc.sql("""
                CREATE TRIGGER casebook_test_import_fails BEFORE INSERT ON case_import_row
                FOR EACH ROW EXECUTE FUNCTION casebook_test_import_fails()""").update();
        try {
            assertThat(staff().post("/api/imports/" + id + "/start", null).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.sql("SELECT failures FROM case_import WHERE id = ?")
                    .param(id).query(Integer.class).single(), failures -> failures == 1);
        } finally {
            jdbc.sql("DROP TRIGGER casebook_test_import_fails ON case_import_row").update();
            jdbc.sql("DROP FUNCTION casebook_test_import_fails()").update();
        }
        var stopped = staff().read("/api/imports/" + id);
        assertThat(stopped.get("status").asText()).isEqualTo("running");
        assertThat(stopped.get("rowsImported").asInt()).as("whole batches, the failed one rolled back")
                .isLessThan(1000).matches(imported -> imported % Takeovers.BATCH == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM case_import_row WHERE import_id = ? AND row_number = 700")
                .param(id).query(Long.class).single()).isZero();

        clock.moveTo(clock.instant().plus(Takeovers.STALE).plusSeconds(1));
        takeovers.resumeStale();
        var done = await().atMost(Duration.ofMinutes(2)).until(() -> staff().read("/api/imports/" + id),
                state -> "done".equals(state.get("status").asText()));
        assertThat(done.get("rowsImported").asInt()).isEqualTo(1000);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT e.aggregateidentifier) FROM domainevententry e
                  JOIN case_import_row r ON r.case_id = e.aggregateidentifier WHERE r.import_id = ?""")
                .param(id).query(Long.class).single()).isEqualTo(1000L);
        var numbers = jdbc.sql("SELECT case_number FROM case_import_row WHERE import_id = ? ORDER BY row_number")
                .param(id).query(String.class).list();
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(serial(numbers.get(999)) - serial(numbers.get(0))).isEqualTo(999);
    }

    @Test
    void anImportThatKeepsFailingWithoutProgressEndsAsFailed() {
        var csv = ("Name;E-Mail;Zertifiziert am;Zertifikatsnummer\nPaula " + run + ";paula" + run
                + "@example.org;01.02.2020;Z-7\n").getBytes(StandardCharsets.UTF_8);
        var id = UUID.fromString(staff().upload("/api/imports", "kaputt.csv", csv, Map.of("kind", "certified-mentors"))
                .getBody().get("id").asText());
        // started by a node, whose stored file then cannot be read again
        jdbc.sql("""
                UPDATE case_import SET status = 'running', started_by = 'staff', started_role = 'STAFF',
                    started_at = now(), heartbeat_at = ?, content = ? WHERE id = ?""")
                .params(java.sql.Timestamp.from(clock.instant()), new byte[] {0, 1, 2}, id).update();
        for (int attempt = 1; attempt <= Takeovers.MAX_FAILURES; attempt++) {
            clock.moveTo(clock.instant().plus(Takeovers.STALE).plusSeconds(1));
            takeovers.resumeStale();
            var failures = attempt;
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT failures FROM case_import WHERE id = ?")
                    .param(id).query(Integer.class).single(), count -> count == failures);
        }
        var failed = staff().read("/api/imports/" + id);
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("rowsImported").asInt()).isZero();
        assertThat(jdbc.sql("SELECT content IS NULL FROM case_import WHERE id = ?").param(id).query(Boolean.class).single())
                .isTrue();
    }

    /** Each row's problems as "Spalte: Meldung", joined; row 1 is the heading. */
    private static Map<Integer, String> problemsByRow(JsonNode problems) {
        var byRow = new HashMap<Integer, String>();
        StreamSupport.stream(problems.spliterator(), false).forEach(problem -> byRow.merge(problem.get("row").asInt(),
                (problem.hasNonNull("column") ? problem.get("column").asText() + ": " : "") + problem.get("message").asText(),
                (a, b) -> a + " | " + b));
        return byRow;
    }
}
