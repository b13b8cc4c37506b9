package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clerk takes over card holders on the import page: the dry run's findings, the start, the progress bar. */
class ImportPagesIT extends BrowserTest {

    @Test
    void aClerkChecksAFileReadsItsProblemsAndStartsTheImport() throws Exception {
        var run = Long.toString(System.nanoTime(), 36);
        var validUntil = clock.today().plusYears(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        var csv = new StringBuilder("Vorname;Nachname;Geburtsdatum;Straße;PLZ;Ort;E-Mail;Programm;Kartennummer;Gültig bis\n");
        for (int i = 0; i < 300; i++) {
            csv.append("Çiğdem;Öztürk-Łukasz ").append(run).append(' ').append(i).append(";03.04.1985;Königsallee ")
                    .append(i + 1).append(";12345;Musterstadt;;Ehrenamtskarte NRW;ALT-").append(i).append(';')
                    .append(validUntil).append('\n');
        }
        csv.append("Jürgen;Weiß ").append(run).append(";31.02.1980;Lindenweg 1;12345;Musterstadt;;nrw;ALT-X;")
                .append(validUntil).append('\n');
        var file = Files.createTempFile("karteninhaber-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.signIn("staff").open("/imports");
        assertThat(browser.find("h1").getText()).isEqualTo("Bestand übernehmen");
        assertAccessible("import page");
        new Select(browser.field("kind")).selectByValue("card-holders");
        browser.field("file").sendKeys(file.toAbsolutePath().toString());
        browser.submit("#import-form button[type=submit]");

        assertThat(browser.textOf("#import-summary"))
                .isEqualTo("Karteninhaber:innen (Ehrenamtskarte): 301 Zeilen, davon 300 ohne Probleme und 1 mit Problemen.");
        assertThat(browser.find("#import-problems").getText()).contains("302", "Geburtsdatum",
                "„31.02.1980“ ist kein Datum (bitte TT.MM.JJJJ).");
        browser.screenshot("clerk-import-checked");
        assertAccessible("import dry run");

        browser.submit("#start-import");
        assertThat(browser.find("#import-progress progress")).isNotNull();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver ->
                browser.textOf("#import-status").startsWith("Fertig"));
        assertThat(browser.textOf("#import-status")).isEqualTo("Fertig: 300 von 300 Fällen übernommen, 0 abgelehnt.");
        browser.screenshot("clerk-import-done");
        browser.assertNoConsoleErrors();
    }
}
