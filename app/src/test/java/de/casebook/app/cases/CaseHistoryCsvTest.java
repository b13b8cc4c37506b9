package de.casebook.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** What a clerk's German spreadsheet makes of a case's history. */
class CaseHistoryCsvTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaticMessageSource messages = messages();

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        var german = Locale.GERMAN;
        Map.of("csv.sequence", "Nr.", "csv.occurred-at", "Zeitpunkt", "csv.step", "Schritt", "csv.actor", "Wer",
                "csv.role", "Rolle", "csv.municipality", "Kommune", "csv.reason", "Begründung", "csv.task", "Aufgabe",
                "csv.request", "Anfrage", "csv.yes", "ja").forEach((code, text) -> messages.addMessage(code, german, text));
        messages.addMessage("csv.no", german, "nein");
        messages.addMessage("event.CourseHoursSignedOffEvent", german, "Kursstunden bestätigt");
        messages.addMessage("event.ParticipantRegisteredEvent", german, "Zum Kurs angemeldet");
        messages.addMessage("role.TRAINER", german, "Mentorentrainer:in");
        messages.addMessage("role.STAFF", german, "Sachbearbeitung");
        messages.addMessage("field.participant", german, "Teilnehmer:in");
        messages.addMessage("field.name", german, "Name");
        messages.addMessage("field.hours", german, "Stunden");
        return messages;
    }

    private static CaseHistory.Entry entry(long sequence, String type, String role, String payload) throws IOException {
        return new CaseHistory.Entry(sequence, type, Instant.parse("2026-11-29T23:30:00Z"), "trainer", role,
                "musterstadt", null, "req-" + sequence, JSON.readTree(payload));
    }

    @Test
    void aHistoryReadsAsAGermanSpreadsheetExpectsIt() throws IOException {
        var csv = new CaseHistoryTable(messages).csv(List.of(
                entry(0, "ParticipantRegisteredEvent", "STAFF", """
                        {"caseId": "c-1", "participant": {"name": "Çiğdem Öztürk-Łukasz; geb. Weiß",
                         "email": "=HYPERLINK(\\"x\\")"}}"""),
                entry(1, "CourseHoursSignedOffEvent", "TRAINER", """
                        {"caseId": "c-1", "hours": 1E+1, "date": "2026-11-20", "modules": ["Rolle", "Recht"],
                         "late": false}""")), Locale.GERMAN);

        assertThat(csv).startsWith("\uFEFFNr.;Zeitpunkt;Schritt;Wer;Rolle;Kommune;Begründung;");
        var lines = csv.split("\r\n");
        assertThat(lines[0]).as("field names in words where known")
                .contains("Teilnehmer:in – Name;Teilnehmer:in – email;Stunden;date;modules;late;Aufgabe;Anfrage");
        assertThat(lines[1]).startsWith("0;30.11.2026 00:30:00;Zum Kurs angemeldet;trainer;Sachbearbeitung;musterstadt;;")
                .contains("\"Çiğdem Öztürk-Łukasz; geb. Weiß\"", "\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(lines[2]).contains(";Kursstunden bestätigt;trainer;Mentorentrainer:in;", ";10;20.11.2026;Rolle, Recht;nein;")
                .doesNotContain("1E+1", "c-1");
    }
}
