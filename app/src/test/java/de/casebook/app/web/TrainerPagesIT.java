package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The trainer pathway in the browser: staff propose a certified mentor, the coordinator admits,
 * a registered trainer signs off the modules, the coordinator registers the new trainer with an
 * account, and that account leads a new course and signs off a session there.
 */
class TrainerPagesIT extends BrowserTest {

    private static final List<String> MODULES = List.of("Rolle und Haltung als Mentorentrainer:in",
            "Kursdidaktik und Methoden", "Praxis im Tandem");

    @Test
    void aCertifiedMentorIsProposedAdmittedTrainedRegisteredAndLeadsACourse() throws Exception {
        var person = "Çiğdem Öztürk-Łukasz " + Long.toString(System.nanoTime(), 36);
        var mentorCaseId = certifiedMentor(person);

        browser.signIn("staff").open("/cases/" + mentorCaseId);
        browser.click("#propose-trainer");
        assertThat(browser.find("h1").getText()).isEqualTo("Für die Trainerqualifizierung vorschlagen");
        assertThat(browser.text()).contains(person);
        assertAccessible("trainer proposal");
        browser.field("reason").sendKeys("Leitet seit zwei Jahren das Mentorenteam der Grundschule Süd");
        browser.submit("#proposal-form button[type=submit]");
        assertThat(browser.textOf(".message.success")).contains("Der Vorschlag ist beim Landesnetzwerk.");
        assertThat(browser.find("[data-status]").getAttribute("data-status")).isEqualTo("proposed");
        var caseId = browser.currentPath().substring("/cases/".length());
        browser.signOut();

        browser.signIn("coordinator");
        openTaskOf(person, "Kandidat:in zulassen");
        assertThat(browser.text()).contains("Leitet seit zwei Jahren");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.textOf(".message.success")).startsWith("Die Aufgabe ist erledigt.");
        browser.signOut();

        browser.signIn("trainer").open("/cases/" + caseId);
        assertThat(browser.find("[data-status]").getAttribute("data-status")).isEqualTo("in-training");
        assertAccessible("trainer qualification case");
        for (var module : MODULES) {
            new Select(browser.field("trainer-module")).selectByVisibleText(module);
            browser.field("trainer-hours").sendKeys("8");
            browser.field("trainer-provider").sendKeys("Landesakademie Bad Boll");
            browser.submit("#trainer-sign-off-form button[type=submit]");
            assertThat(browser.textOf(".message.success")).contains("Die Stunden sind abgezeichnet.");
        }
        assertThat(browser.find("[data-status]").getAttribute("data-status")).isEqualTo("requirements-met");
        assertThat(browser.all("#trainer-sign-offs tbody tr")).hasSize(3);
        browser.screenshot("trainer-modules-signed-off");
        browser.signOut();

        browser.signIn("coordinator");
        openTaskOf(person, "Ins Trainerregister eintragen");
        browser.field("username").sendKeys("trainer4");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.textOf(".message.success")).startsWith("Die Aufgabe ist erledigt.");
        browser.signOut();

        browser.signIn("staff").open("/trainers");
        var row = browser.all("#trainer-register tbody tr").stream()
                .filter(candidate -> candidate.getText().contains(person)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("trainer4");
        browser.screenshot("trainer-register");
        assertAccessible("trainer register");

        browser.open("/courses/new");
        browser.field("title").sendKeys("Mentorenkurs mit neuer Trainerin");
        browser.field("educationProvider").sendKeys("Familienbildungsstätte Musterstadt");
        browser.field("trainers").sendKeys("trainer4");
        browser.submit("#course-form button[type=submit]");
        assertThat(browser.textOf("#warning")).contains("Tandem");
        var courseId = browser.currentPath().substring("/courses/".length());
        browser.signOut();

        var participant = admittedParticipant(courseId);
        browser.signIn("trainer4").open("/courses/" + courseId);
        browser.field("hours").sendKeys("3");
        browser.find("input[name=participants][value='" + participant + "']").click();
        browser.submit("#session-form button[type=submit]");
        assertThat(browser.textOf(".message.success")).isNotBlank();
        assertThat(qualification(participant).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("3");
        browser.assertNoConsoleErrors();
    }

    /** A mentor certified through the API: the browser part starts where the pathway starts. */
    private String certifiedMentor(String person) {
        var courseId = scheduleCourse();
        var caseId = staff().ok("/api/courses/" + courseId + "/enrolments", Map.of("name", person,
                "email", "cigdem." + System.nanoTime() + "@example.org")).get("caseId").asText();
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        for (int day = 9; day > 5; day--) {
            signOff(courseId, clock.today().minusDays(day), "10", caseId);
        }
        completeTask(staff(), caseId, "user_issue_certificate", Map.of());
        return caseId;
    }
}
