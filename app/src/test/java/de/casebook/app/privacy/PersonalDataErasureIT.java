package de.casebook.app.privacy;

import static de.casebook.app.CaseRequests.nomination;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * A person's data is stored sealed with their keys and erased by destroying them: afterwards a dump
 * of the whole database holds none of their name, address, e-mail address or birth date, the hash
 * chain still verifies, their case pages show "[gelöscht]", and the other people in the same case
 * keep their data.
 */
class PersonalDataErasureIT extends CasebookIntegrationTest {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    @Autowired
    EmbeddedPostgres postgres;

    private record Person(String name, String email, String street, LocalDate birthDate) {
        List<String> traces() {
            return List.of(name, email, street, birthDate.toString(), "%02d.%02d.%d".formatted(birthDate.getDayOfMonth(),
                    birthDate.getMonthValue(), birthDate.getYear()));
        }
    }

    @Test
    void anErasedPersonLeavesNoTraceAndEveryoneElseKeepsTheirs() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var applicant = new Person("Çiğdem Öztürk-Łukasz " + suffix, "cigdem." + suffix + "@example.org",
                // the dump must not hold this birth date anywhere: years no other test's people were born in
                "Kirschenallee " + suffix, LocalDate.of(1920, 2, 1).plusDays(Math.abs(suffix.hashCode() % 9000)));
        var contact = new Person("Jürgen Weiß " + suffix, "juergen." + suffix + "@example.org", "-", LocalDate.of(1900, 1, 1));
        var caseId = staff().ok("/api/card-applications", application(applicant, contact)).get("caseId").asText();
        runJobs(caseId);

        assertThat(rawEvents(caseId)).as("the events as stored").doesNotContain(applicant.name(), applicant.email(),
                applicant.street(), applicant.birthDate().toString(), contact.name(), contact.email());
        assertThat(staff().read("/api/card-applications/" + caseId).toString()).contains(applicant.name());

        var dpo = as("dpo");
        var found = dpo.read("/api/data-protection/subjects?name=" + "öztürk-łukasz " + suffix);
        assertThat(found).hasSize(1);
        var subjectId = found.get(0).get("subjectId").asText();
        assertThat(found.get(0).get("cases").get(0).get("caseId").asText()).isEqualTo(caseId);
        var report = dpo.read("/api/data-protection/subjects/" + subjectId);
        assertThat(report.toString()).contains(applicant.street(), applicant.email());
        assertThat(staff().get("/api/data-protection/subjects/" + subjectId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("staff-b").get("/api/data-protection/subjects?name=" + suffix).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        var officer = PageSession.signIn(http.getRootUri(), "dpo");
        assertThat(page(officer, "/data-protection?name=" + suffix)).contains(applicant.name(), contact.name());
        assertThat(page(officer, "/data-protection/subjects/" + subjectId)).contains(applicant.street(), "Endgültig löschen");
        assertThat(dump()).as("the read models name the applicant until the erasure").contains(applicant.name());

        assertProblem(dpo.post("/api/data-protection/subjects/" + subjectId + "/erasure",
                Map.of("reason", "Antrag der Person vom 28.11.2026")), HttpStatus.CONFLICT, "privacy.cases-running");
        assertProblem(dpo.post("/api/data-protection/subjects/" + subjectId + "/erasure", Map.of("reason", " ")),
                HttpStatus.UNPROCESSABLE_ENTITY, "privacy.reason-required");
        var erasure = dpo.ok("/api/data-protection/subjects/" + subjectId + "/erasure",
                Map.of("reason", "Antrag der Person vom 28.11.2026", "force", true));
        assertThat(erasure.get("withdrawn").get(0).asText()).isEqualTo(caseId);

        var history = as("auditor").read("/api/cases/" + caseId + "/history");
        var last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("PersonalDataErasedEvent");
        assertThat(last.get("actor").asText()).isEqualTo("dpo");
        assertThat(last.get("payload").get("reason").asText()).isEqualTo("Antrag der Person vom 28.11.2026");
        assertThat(history.toString()).doesNotContain(applicant.name()).contains(PersonalDataCipher.ERASED, contact.name());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(dump()).as("a dump of the database")
                .doesNotContain(hexAndPlain(applicant.traces())));
        assertThat(dpo.get("/api/data-protection/subjects/" + subjectId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        var page = page(PageSession.signIn(http.getRootUri(), "staff"), "/cases/" + caseId);
        assertThat(page).contains(PersonalDataCipher.ERASED, contact.name()).doesNotContain(applicant.name());

        var verification = as("auditor").ok("/api/audit/verifications", Map.of()).get("id").asText();
        var verified = await().atMost(Duration.ofMinutes(1)).until(
                () -> as("auditor").read("/api/audit/verifications/" + verification),
                result -> !"running".equals(result.get("status").asText()));
        assertThat(verified.get("status").asText()).as("%s", verified).isEqualTo("verified");
    }

    @Test
    void theOfficerFindsAPersonInEveryRoleTheyHaveAndErasesOnlyThem() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var request = new HashMap<>(nomination("Hildegard Müller " + suffix, clock.today()));
        request.put("nominator", Map.of("name", "Renée Lefèvre " + suffix, "email", "renee." + suffix + "@example.org"));
        var caseId = staff().ok("/api/nominations", request).get("caseId").asText();

        var nominator = as("dpo").read("/api/data-protection/subjects?name=Lefèvre " + suffix);
        assertThat(nominator).hasSize(1);
        assertThat(nominator.get(0).get("cases").get(0).get("role").asText()).isEqualTo("nominator");
        var subjectId = nominator.get(0).get("subjectId").asText();
        // the nominator is named in the case, it is not about them: nothing running stands in the way
        as("dpo").ok("/api/data-protection/subjects/" + subjectId + "/erasure", Map.of("reason", "Widerspruch"));

        var nomination = staff().read("/api/nominations/" + caseId).toString();
        assertThat(nomination).contains("Hildegard Müller " + suffix).doesNotContain("Lefèvre " + suffix);
        assertThat(as("dpo").read("/api/data-protection/subjects?name=Müller " + suffix)).hasSize(1);
    }

    @Test
    void erasingANomineeWithdrawsTheirRunningNominationAndEndsItsProcess() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var caseId = staff().ok("/api/nominations", nomination("Hildegard Yılmaz " + suffix, clock.today()))
                .get("caseId").asText();
        var nominee = as("dpo").read("/api/data-protection/subjects?name=Yılmaz " + suffix);
        var subjectId = nominee.get(0).get("subjectId").asText();
        assertProblem(as("dpo").post("/api/data-protection/subjects/" + subjectId + "/erasure", Map.of("reason", "Tod")),
                HttpStatus.CONFLICT, "privacy.cases-running");

        var erasure = as("dpo").ok("/api/data-protection/subjects/" + subjectId + "/erasure",
                Map.of("reason", "Widerruf der Einwilligung", "force", true));

        assertThat(erasure.get("withdrawn").get(0).asText()).isEqualTo(caseId);
        assertThat(eventTypes(caseId)).endsWith("NominationWithdrawnEvent", "PersonalDataErasedEvent");
        var nomination = staff().read("/api/nominations/" + caseId);
        assertThat(nomination.get("status").asText()).isEqualTo("withdrawn");
        assertThat(nomination.toString()).doesNotContain("Yılmaz " + suffix).contains(PersonalDataCipher.ERASED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count())
                .as("the nomination's process ended").isZero();
        assertProblem(staff().post("/api/nominations/" + caseId + "/revocation", Map.of("reason", "x")),
                HttpStatus.CONFLICT, "nomination.not-awarded");
    }

    private static Map<String, Object> application(Person applicant, Person contact) {
        var request = new HashMap<String, Object>();
        request.put("program", "nrw");
        request.put("applicant", Map.of("name", applicant.name(), "birthDate", applicant.birthDate().toString(),
                "street", applicant.street(), "postalCode", "12345", "city", "Musterstadt", "email", applicant.email()));
        request.put("organisations", List.of(Map.of("name", "Sportverein Musterstadt", "contactName", contact.name(),
                "contactEmail", contact.email(), "hoursPerWeek", 5, "since", "2020-01-01", "role", "Übungsleitung",
                "unpaid", true)));
        return request;
    }

    private String rawEvents(String caseId) {
        return String.join("\n", jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")
                .param(caseId).query(String.class).list());
    }

    private static String[] hexAndPlain(List<String> traces) {
        var all = new ArrayList<String>();
        for (var trace : traces) {
            all.add(trace);
            all.add(HexFormat.of().formatHex(trace.getBytes(UTF_8)));
        }
        return all.toArray(String[]::new);
    }

    /** What pg_dump's data section holds: every row of every table, bytea as hex. */
    private String dump() throws SQLException {
        var out = new ByteArrayOutputStream();
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            var tables = new ArrayList<String>();
            try (var statement = connection.createStatement(); var rows = statement.executeQuery("""
                    SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables
                    WHERE schemaname NOT IN ('pg_catalog', 'information_schema')""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (var table : tables) {
                try {
                    copy.copyOut("COPY " + table + " TO STDOUT", out);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out.toString(UTF_8);
    }

    private String page(PageSession session, String path) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path.replace(" ", "%20")))
                .header("Cookie", session.cookie()).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

}
