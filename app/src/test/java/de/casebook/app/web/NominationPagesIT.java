package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A thank-you letter from the clerk's form through the mayor's decision to the hand-over, in Chromium. */
class NominationPagesIT extends BrowserTest {

    @Test
    void aClerkEntersANominationTheMayorAwardsItAndTheHandOverClosesIt() throws Exception {
        var nominee = "Hans Helfer " + Long.toString(System.nanoTime(), 36);
        browser.signIn("staff").open("/nominations/new");
        browser.executeScript("document.getElementById('awardKind').value = 'thank-you-letter'");
        browser.field("nominatorName").sendKeys("Nina Nominiert");
        browser.field("nominatorEmail").sendKeys("nina@example.org");
        browser.field("nomineeName").sendKeys(nominee);
        browser.executeScript("document.getElementById('birthDate').value = '1955-03-04'");
        browser.field("street").sendKeys("Am Markt 2");
        browser.field("postalCode").sendKeys("12345");
        browser.field("city").sendKeys("Musterstadt");
        browser.executeScript("document.getElementById('engagementSince').value = '2010-01-01'");
        browser.field("justification").sendKeys("Organisiert seit Jahren das Stadtfest.");
        assertAccessible("nomination form");
        browser.submit("#nomination-form button[type=submit]");
        assertThat(browser.text()).contains("Der Vorschlag ist erfasst", nominee, "formale Prüfung");
        var caseId = browser.currentPath().substring("/nominations/".length());
        assertAccessible("nomination page");

        browser.open("/");
        openTaskOf(nominee, "Vorschlag formal prüfen");
        browser.submit("#task-form button[type=submit]");
        runJobs(caseId);
        browser.signOut();

        browser.signIn("mayor").open("/");
        openTaskOf(nominee, "Über die Ehrung entscheiden");
        assertThat(browser.text()).contains("Organisiert seit Jahren das Stadtfest.");
        assertAccessible("mayor's decision");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");
        browser.signOut();

        browser.signIn("staff").open("/");
        openTaskOf(nominee, "Ehrung planen");
        browser.executeScript("document.getElementById('date').value = arguments[0]", clock.today().toString());
        browser.field("place").sendKeys("Ratssaal");
        browser.submit("#task-form button[type=submit]");
        runJobs(caseId);
        browser.open("/");
        openTaskOf(nominee, "Übergabe bestätigen");
        browser.submit("#task-form button[type=submit]");
        browser.open("/nominations/" + caseId);
        assertThat(browser.find("[data-status]").getText()).isEqualTo("abgeschlossen");
        browser.screenshot("nomination-closed");
        browser.assertNoConsoleErrors();
    }
}
