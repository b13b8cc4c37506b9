package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A volunteer card from the clerk's form through the organisation's public page to the card check, in Chromium. */
class CardPagesIT extends BrowserTest {

    @Test
    void aClerkEntersAnApplicationTheOrganisationConfirmsOnItsPageAndTheCardChecksValid() throws Exception {
        var name = "Carla Karte " + Long.toString(System.nanoTime(), 36);
        browser.signIn("staff").open("/card-applications/new");
        browser.field("name").sendKeys(name);
        assertThat(browser.text()).as("the hints of the municipality's programs only")
                .contains("Ehrenamtskarte NRW: ab 16 Jahren", "Felder mit * müssen ausgefüllt werden.")
                .doesNotContain("Bayerische");
        assertThat(browser.all("#qualification")).as("no Bavarian qualification in NRW").isEmpty();
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('label[for=name]'), '::after').content"))
                .as("a required field is marked").isEqualTo("\" *\"");
        assertThat(browser.find("#organisation0").isDisplayed()).isTrue();
        assertThat(browser.find("#organisation1").isDisplayed()).as("one organisation at a time").isFalse();
        browser.click("#add-repeat-item");
        assertThat(browser.find("#organisation1").isDisplayed()).isTrue();
        assertThat(browser.find("#organisation2").isDisplayed()).isFalse();
        browser.field("birthDate").sendKeys("03.04.1985");
        browser.field("street").sendKeys("Lindenweg 3");
        browser.field("postalCode").sendKeys("12345");
        browser.field("city").sendKeys("Musterstadt");
        browser.field("email").sendKeys("carla@example.org");
        browser.field("organisation0.name").sendKeys("Tafel Musterstadt");
        browser.field("organisation0.contactName").sendKeys("Herr Tafel");
        browser.field("organisation0.contactEmail").sendKeys("tafel@example.org");
        browser.field("organisation0.hoursPerWeek").sendKeys("5,5");
        browser.field("organisation0.since").sendKeys("01.06.2019");
        browser.field("organisation0.role").sendKeys("Ausgabe");
        browser.screenshot("card-form");
        assertAccessible("application form");
        browser.submit("#card-form button[type=submit]");
        assertThat(browser.text()).contains("Der Antrag ist erfasst", name, "wartet auf Bestätigung");
        var caseId = browser.currentPath().substring("/card-applications/".length());
        assertThat(browser.text()).as("what happens next, and no empty resend section")
                .contains("Link wird versandt", "werden in diesen Sekunden versandt").doesNotContain("Link erneut senden");
        var applicant = staff().read("/api/card-applications/" + caseId);
        assertThat(applicant.at("/applicant/birthDate").asText()).isEqualTo("1985-04-03");
        runJobs(caseId);
        browser.open("/card-applications/" + caseId);
        assertThat(browser.text()).contains("Link erneut senden").doesNotContain("Link wird versandt");
        assertAccessible("application page");

        var link = Pattern.compile("/public/confirmations/[A-Za-z0-9_-]+")
                .matcher(mailedLink(caseId, "tafel@example.org"));
        assertThat(link.find()).isTrue();
        browser.signOut();
        browser.open(link.group());
        assertThat(browser.text()).contains(name, "Tafel Musterstadt", "Ausgabe");
        assertAccessible("public confirmation page");
        browser.click("input[name=decision][value=confirm]");
        browser.submit("#confirmation-form button[type=submit]");
        assertThat(browser.text()).contains("Sie haben das Engagement bestätigt.");
        runJobs(caseId);

        browser.signIn("staff").open("/");
        openTaskOf(name, "Antrag entscheiden");
        assertThat(browser.find("#card-eligibility").getText()).contains("Voraussetzungen erfüllt");
        assertAccessible("review task");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");
        browser.open("/card-applications/" + caseId);
        assertThat(browser.text()).contains("ausgestellt", "EK-" + LocalDate.now(clock).getYear());
        browser.screenshot("card-issued");
        var code = staff().read("/api/card-applications/" + caseId).get("card").get("verificationCode").asText();
        browser.signOut();
        browser.open("/public/cards/" + code);
        assertThat(browser.find("#card-status").getText()).isEqualTo("Diese Karte ist gültig.");
        assertThat(browser.text()).doesNotContain("Karte " + name.substring(6)).doesNotContain("Lindenweg");
        assertAccessible("public card check");
        browser.assertNoConsoleErrors();
    }
}
