package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A form shown again, because it was refused or because the session had ended, holds everything the
 * person entered: no choice falls back to its default (the admission once flipped from "Ablehnen" to
 * "Zulassen" and admitted the participant).
 */
class FormsKeepTheirValuesIT extends BrowserTest {

    @Test
    void aRefusedDecisionComesBackAsEnteredAndIsTakenAsEntered() {
        var caseId = enrol(scheduleCourse());
        browser.signIn("staff").open("/tasks/" + taskOf(caseId));
        browser.click("input[name=decision][value=decline]");
        browser.submit("#task-form button[type=submit]");

        assertThat(browser.text()).contains("Bitte geben Sie eine Begründung an.");
        assertThat(browser.find("input[name=decision][value=decline]").isSelected()).as("Ablehnen still chosen").isTrue();
        assertThat(browser.find("input[name=decision][value=admit]").isSelected()).isFalse();

        browser.field("reason").sendKeys("Der Kurs ist für die Person nicht geeignet.");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");
        assertThat(browser.find("#success-link").getText()).as("the message leads to the case").startsWith("Zum Fall BM-");
        assertThat(browser.find("#success-link").getAttribute("href")).endsWith("/cases/" + caseId);
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("declined");
    }

    @Test
    void aFormSentAfterTheSessionEndedIsFilledInAgainAfterSigningIn() {
        var caseId = enrol(scheduleCourse());
        var taskPath = "/tasks/" + taskOf(caseId);
        browser.signIn("staff").open(taskPath);
        browser.click("input[name=decision][value=decline]");
        browser.field("reason").sendKeys("Die Person hat abgesagt: Jürgen Weiß rief an.");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.submit("#task-form button[type=submit]");

        assertThat(browser.currentPath()).startsWith("/login");
        assertThat(browser.text()).contains("Ihre Sitzung war abgelaufen");
        assertThat(qualification(caseId).get("status").asText()).as("nothing was done").isEqualTo("registered");
        browser.field("username").sendKeys("staff");
        browser.field("password").sendKeys("staff");
        browser.submit("main form button[type=submit]");

        assertThat(browser.currentPath()).isEqualTo(taskPath);
        assertThat(browser.text()).contains("Ihre Eingaben sind wieder eingetragen");
        assertThat(browser.find("input[name=decision][value=decline]").isSelected()).isTrue();
        assertThat(browser.field("reason").getAttribute("value")).isEqualTo("Die Person hat abgesagt: Jürgen Weiß rief an.");
        assertThat(browser.driver().getPageSource()).doesNotContain(";jsessionid=");
        browser.submit("#task-form button[type=submit]");
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("declined");
    }

    @Test
    void refusalsAndUnknownAddressesArePagesInGerman() {
        browser.signIn("trainer").open("/card-applications");
        assertThat(browser.text()).contains("403 – Keine Berechtigung", "keine Berechtigung", "Zur Startseite")
                .doesNotContain("??", "Aufgabenliste");
        browser.open("/cases/00000000-0000-0000-0000-000000000000");
        assertThat(browser.text()).contains("Nicht gefunden").doesNotContain("??", "\"status\"");
    }

    private String taskOf(String caseId) {
        return openTask(staff(), caseId, "user_admit_participant").get("id").asText();
    }
}
