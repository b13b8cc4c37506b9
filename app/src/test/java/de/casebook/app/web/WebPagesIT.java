package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.casebook.domain.shared.CaseCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** Each role's main path through the pages, in a real Chromium, with accessibility and console checks. */
class WebPagesIT extends BrowserTest {

    @Test
    void aClerkSchedulesACourseAdmitsAParticipantAndIssuesTheCertificate() throws Exception {
        browser.signIn("staff").open("/courses/new");
        browser.field("title").sendKeys("Mentorenkurs im Browser");
        browser.field("educationProvider").sendKeys("VHS Musterstadt");
        browser.field("trainers").sendKeys("trainer");
        browser.executeScript("document.getElementById('startDate').value = arguments[0]",
                clock.today().minusDays(20).toString());
        browser.submit("#course-form button[type=submit]");
        assertThat(browser.text()).contains("Der Kurs ist angelegt.");
        var courseId = browser.currentPath().substring("/courses/".length());

        browser.field("name").sendKeys("Berta Browser");
        browser.field("email").sendKeys("berta@example.org");
        browser.submit("#enrol-form button[type=submit]");
        assertThat(browser.text()).contains("Die Person ist angemeldet.", "Berta Browser");

        browser.open("/?q=Niemand%20Unbekannt");
        assertThat(browser.find("#tasks-none").getText()).as("an empty search says so")
                .contains("Keine offenen Aufgaben zu „Niemand Unbekannt“ gefunden");
        browser.open("/?q=Berta%20Browser");
        assertThat(browser.text()).contains("Offen für meine Gruppe", "Berta Browser");
        browser.screenshot("clerk-task-list");
        assertAccessible("task list");
        openTaskOf("Berta Browser", "Teilnahme zulassen");
        browser.screenshot("clerk-task-admit");
        assertAccessible("task page");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");
        assertThat(browser.all("#task-table td")).noneMatch(cell -> cell.getText().contains("Berta Browser"));

        var caseId = caseOf(courseId);
        for (int day = 10; day > 6; day--) {
            signOff(courseId, clock.today().minusDays(day), "10", caseId);
        }
        browser.open("/");
        openTaskOf("Berta Browser", "Zertifikat ausstellen");
        browser.submit("#task-form button[type=submit]");
        openTaskOf("Berta Browser", "Aktivitätsprofil vereinbaren");
        browser.click("input[name=fields][value=schools]");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");

        browser.open("/cases/" + caseId);
        browser.waitUntil(driver -> !browser.all("#diagram svg").isEmpty());
        assertThat(browser.text()).contains("abgeschlossen", "Zertifikat ausgestellt", "Teilnahme zugelassen");
        assertThat(browser.find("#timeline").getText()).as("the timeline says what happened")
                .contains("10 Stunden am", "zusammen 40 Stunden", "Zertifikat BM-", "40 Stunden nötig");
        assertThat(browser.find("#certificate-link").getText()).startsWith("BM-");
        assertThat(browser.find("h1").getText()).as("the case is named by its number")
                .isEqualTo("Fall " + browser.find("#case-number").getText()).contains("BM-");
        assertThat(browser.all("#diagram .djs-element.completed")).as("completed steps marked").hasSizeGreaterThan(3);
        browser.screenshot("clerk-case-page");
        assertAccessible("case page");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aTrainerSignsOffSessionsUntilTheParticipantHasTheHours() throws Exception {
        var courseId = scheduleCourse();
        admittedParticipant(courseId);
        browser.signIn("trainer");
        assertThat(browser.currentPath()).as("trainers start at their courses").isEqualTo("/courses");
        browser.submit("main table a[href$='" + courseId + "']");
        assertThat(browser.currentPath()).isEqualTo("/courses/" + courseId);
        assertAccessible("trainer course page");
        var german = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        signOffOnPage(german.format(clock.today().minusDays(6)), "12");
        assertThat(browser.text()).as("a long session needs the trainer's confirmation")
                .contains("ungewöhnlichen Angaben", "12 Stunden").doesNotContain("Die Kurseinheit ist bestätigt.");
        assertThat(browser.field("hours").getAttribute("value")).as("the form kept the entry").isEqualTo("12");
        browser.screenshot("trainer-confirm-session");
        browser.click("#confirmed");
        browser.submit("#session-form button[type=submit]");
        assertThat(browser.text()).contains("Die Kurseinheit ist bestätigt.");

        signOffOnPage(german.format(clock.today().minusDays(6)), "4");
        assertThat(browser.text()).as("no more than the hours allowed on one day")
                .contains("höchstens 12 Stunden").doesNotContain("Die Kurseinheit ist bestätigt.");

        for (var entry : List.of(List.of(5, "8"), List.of(4, "8"), List.of(3, "7,5"), List.of(2, "4,5"))) {
            signOffOnPage(german.format(clock.today().minusDays((Integer) entry.get(0))), (String) entry.get(1));
            assertThat(browser.text()).as("German date and decimal comma").contains("Die Kurseinheit ist bestätigt.");
        }
        assertThat(browser.find("#participants progress").getAttribute("value")).isEqualTo("40");
        assertThat(browser.find("#participants").getText()).contains("Stunden erreicht", "40 von 40 Stunden");
        browser.screenshot("trainer-course");

        browser.click("#participants details summary");
        assertThat(browser.find("#participants details").getText()).contains("7,5 Std.", "4,5 Std.");
        var lastSignOff = browser.all("#participants details li").get(4);
        lastSignOff.findElement(org.openqa.selenium.By.cssSelector("input[name=reason]")).sendKeys("Doppelt erfasst");
        browser.submit("#participants details li:nth-child(5) form button");
        assertThat(browser.text()).contains("Die Bestätigung ist widerrufen.");
        assertThat(browser.find("#participants").getText()).contains("nimmt teil", "35,5 von 40 Stunden");
        browser.assertNoConsoleErrors();
    }

    private void signOffOnPage(String date, String hours) {
        browser.field("date").clear();
        browser.field("date").sendKeys(date);
        browser.field("hours").clear();
        browser.field("hours").sendKeys(hours);
        if (!browser.find("input[name=participants]").isSelected()) {
            browser.click("input[name=participants]");
        }
        browser.submit("#session-form button[type=submit]");
    }

    @Test
    void anAuditorReadsTheHistoryAndCannotAct() throws Exception {
        var caseId = admittedParticipant(scheduleCourse());
        var caseNumber = qualification(caseId).get("caseNumber").asText();
        browser.signIn("auditor").open("/cases");
        browser.field("q").sendKeys(caseNumber.toLowerCase(java.util.Locale.ROOT).replace('-', ' '));
        browser.submit("#find-case button[type=submit]");
        assertThat(browser.currentPath()).isEqualTo("/cases/" + caseId);
        assertThat(browser.find("#timeline").getText()).contains("Zum Kurs angemeldet", "Teilnahme zugelassen", "staff");
        assertThat(browser.all("main form[method=post]")).isEmpty();
        browser.screenshot("auditor-case");
        assertAccessible("auditor case page");
        browser.assertNoConsoleErrors();
        assertThat(postFromPage("/tasks/any/claim")).isEqualTo(403);
        assertThat(getFromPage("/api/cases/" + caseId + "/history")).as("JSON export with the page session").isEqualTo(200);
    }

    @Test
    void anAuditorFindsACaseByPersonSeesItAsItWasAndExportsItsHistory() throws Exception {
        var caseId = staff().ok("/api/courses/" + scheduleCourse() + "/enrolments",
                Map.of("name", "Zora Zeitreise", "email", "zora@example.org")).get("caseId").asText();
        var registeredAt = Instant.parse(staff().read("/api/cases/" + caseId + "/history").get(0).get("occurredAt").asText());
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(registeredAt.plusSeconds(2)));
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));

        browser.signIn("auditor");
        assertThat(browser.currentPath()).as("auditors start at the case search").isEqualTo("/cases");
        browser.field("q").sendKeys("zeitreise");
        browser.submit("#find-case button[type=submit]");
        assertThat(browser.find("#found").getText()).contains("Zora Zeitreise");
        browser.submit("#found a");
        assertThat(browser.currentPath()).isEqualTo("/cases/" + caseId);
        assertThat(browser.find("#timeline").getText()).contains("Teilnahme zugelassen");

        var asOf = registeredAt.plusSeconds(1).atZone(CaseCalendar.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        browser.executeScript("document.getElementById('asOf').value = arguments[0]", asOf.toString());
        browser.submit("#as-of-form button[type=submit]");
        assertThat(browser.find("#as-of-note").getText()).contains("So stand der Fall am");
        assertThat(browser.find("[data-status]").getAttribute("data-status")).isEqualTo("registered");
        assertThat(browser.find("#timeline").getText()).contains("Zum Kurs angemeldet").doesNotContain("Teilnahme zugelassen");
        browser.screenshot("auditor-as-of");
        assertAccessible("as-of view");

        var csv = (String) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + " return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t); }); });",
                browser.find("#export-csv").getAttribute("href"));
        assertThat(csv).startsWith("200 text/csv").contains("Nr.;Zeitpunkt;Schritt;Wer;Rolle;Kommune;Begründung")
                .contains("Zum Kurs angemeldet;staff;Sachbearbeitung;musterstadt")
                .as("as of the moment the page shows").doesNotContain("Teilnahme zugelassen");
        assertThat(browser.find("#export-csv").getAttribute("href")).contains("asOf=");
        assertThat(browser.find("#export-xlsx").getAttribute("href")).contains("history.xlsx", "asOf=");

        browser.open("/cases");
        browser.click("#export-link");
        assertAccessible("export page");
        browser.find("#type").sendKeys("Qualifizierung");
        browser.submit("#export-form button[type=submit]");
        browser.waitUntil(driver -> !browser.all("#export-file").isEmpty());
        assertThat(browser.find("#export-status").getText()).startsWith("Fertig");
        browser.screenshot("auditor-export");
        assertAccessible("export progress page");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aClerkFiltersTheTaskListAndClaimsATaskWithoutLeavingThePage() {
        staff().ok("/api/courses/" + scheduleCourse() + "/enrolments", Map.of("name", "Hanna Htmx", "email", "h@example.org"));
        browser.signIn("staff");
        browser.executeScript("window.samePage = true");
        browser.field("q").sendKeys("Htmx");
        browser.click("#task-filter button[type=submit]");
        browser.waitUntil(driver -> browser.all("#task-table tbody tr").size() == 1
                && browser.find("#task-table").getText().contains("Hanna Htmx"));
        assertThat(browser.textOf("#task-table")).contains("Hanna Htmx", "Teilnahme zulassen");
        assertThat(browser.textOf("#count-group")).isEqualTo("1");

        browser.click("#task-table form[action*='/claim'] button");
        browser.waitUntil(driver -> "1".equals(browser.find("#count-mine").getText())
                && "0".equals(browser.find("#count-group").getText()));
        assertThat(browser.textOf("main")).contains("Sie haben die Aufgabe übernommen.");
        assertThat(browser.executeScript("return window.samePage === true")).as("updated in place, no page load")
                .isEqualTo(true);
        browser.assertNoConsoleErrors();
    }

    @Test
    void aMistakeInAFormIsExplainedNextToTheFieldAndChangesNothing() {
        var courseId = scheduleCourse();
        var events = eventCount();
        browser.signIn("staff").open("/courses/" + courseId);
        browser.executeScript("document.getElementById('enrol-form').noValidate = true");
        browser.field("name").sendKeys("Emil Eingabe");
        browser.field("email").sendKeys("keine-adresse");
        browser.submit("#enrol-form button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).contains("Bitte prüfen Sie diese Angaben: E-Mail-Adresse");
        assertThat(browser.find("#email-error").getText()).isEqualTo("Bitte prüfen Sie diese Angabe.");
        assertThat(browser.field("email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.field("email").getAttribute("aria-describedby")).isEqualTo("email-error");
        assertThat(browser.all("#name-error")).isEmpty();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aRuleViolatedOnATaskIsShownAsAMessageNotAnErrorPage() {
        var caseId = enrol(scheduleCourse());
        browser.signIn("staff").open("/tasks/" + openTask(staff(), caseId, "user_admit_participant").get("id").asText());
        browser.click("input[name=decision][value=decline]");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Teilnahme zulassen");
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("Bitte geben Sie eine Begründung an.");
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("registered");
    }

    @Test
    void anOverdueTaskIsHighlighted() {
        staff().ok("/api/courses/" + scheduleCourse() + "/enrolments", Map.of("name", "Otto Overdue", "email", "o@example.org"));
        clock.moveTo(Instant.now().plus(Duration.ofDays(15)));
        browser.signIn("staff").open("/?q=Overdue");
        var row = browser.find("#task-table tbody tr");
        assertThat(row.getAttribute("class")).contains("overdue");
        assertThat(row.getText()).contains("überfällig");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("staff");
        browser.signOut();
        assertThat(browser.currentPath()).startsWith("/login");
        browser.open("/");
        assertThat(browser.currentPath()).isEqualTo("/login");
    }

    @Test
    void pagesAreGermanByDefaultAndEnglishOnRequest() {
        browser.open("/login");
        assertThat(browser.htmlLang()).isEqualTo("de");
        assertThat(browser.find("h1").getText()).isEqualTo("Anmelden");
        browser.open("/login?lang=en");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in");
        browser.signIn("staff");
        assertThat(browser.find("h1").getText()).isEqualTo("Tasks");
        browser.open("/?lang=de");
        assertThat(browser.find("h1").getText()).isEqualTo("Aufgaben");
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRejected() {
        browser.signIn("staff").open("/courses");
        assertThat(postFromPage("/courses")).isEqualTo(403);
    }

    @Test
    void staffOfAnotherMunicipalitySeeNeitherTheCaseNorItsTask() {
        var caseId = enrol(scheduleCourse());
        browser.signIn("staff-b").open("/");
        assertThat(browser.text()).doesNotContain("Anna Beispiel");
        browser.open("/cases/" + caseId);
        assertThat(browser.text()).contains("403").doesNotContain("Anna Beispiel");
    }

    @Test
    void theMinistryFoundsANetworkAMunicipalityJoinsAndRequestsAGrant() throws Exception {
        browser.signIn("ministry").open("/networks/new");
        browser.field("name").sendKeys("Netzwerk im Browser");
        browser.field("leadOrganisation").sendKeys("Landesnetzwerk");
        browser.field("goals").sendKeys("Ehrenamtskarte in allen Kommunen\nSprecherteam wählen");
        assertAccessible("new network form");
        browser.submit("#network-form button[type=submit]");
        assertThat(browser.text()).contains("Das Netzwerk ist gegründet.", "Ehrenamtskarte in allen Kommunen", "aktiv");
        var networkId = browser.currentPath().substring("/networks/".length());
        browser.signOut();

        browser.signIn("staff-b").open("/networks/" + networkId);
        assertThat(browser.field("apply-municipality").getAttribute("value")).isEqualTo("beispielheim");
        browser.field("contactPerson").sendKeys("Frau Beispiel");
        browser.click("input[name=declarationSigned]");
        browser.submit("#apply-form button[type=submit]");
        assertThat(browser.text()).contains("Der Mitgliedschaftsantrag ist eingegangen.");
        browser.signOut();

        browser.signIn("coordinator").open("/");
        openTaskOf("Netzwerk im Browser", "Über Mitgliedschaft entscheiden");
        assertThat(browser.find("#applicant").getText()).isEqualTo("beispielheim");
        browser.screenshot("coordinator-task-membership");
        assertAccessible("membership decision");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");
        browser.open("/networks");
        browser.click("#network-table a");
        browser.waitUntil(driver -> browser.currentPath().equals("/networks/" + networkId));
        assertThat(browser.find("#network-members").getText()).contains("beispielheim");
        browser.screenshot("coordinator-network");
        assertAccessible("network page");
        browser.click("a[href$='/cases/" + networkId + "']");
        browser.waitUntil(driver -> browser.currentPath().equals("/cases/" + networkId));
        assertThat(browser.find("#timeline").getText()).contains("Netzwerk gegründet", "Mitglied aufgenommen");
        browser.signOut();

        browser.signIn("staff-b").open("/networks/" + networkId);
        browser.field("title").sendKeys("Engagement-Werkstatt");
        browser.executeScript("document.getElementById('measureStart').value = arguments[0]",
                clock.today().plusDays(10).toString());
        browser.field("amountEur").sendKeys("1500");
        browser.field("targetGroups").sendKeys("Jugendliche, Seniorinnen");
        browser.submit("#grant-form button[type=submit]");
        assertThat(browser.text()).contains("mindestens 28 Tage");
        // the refused form comes back with everything entered: only the start date needs changing
        assertThat(browser.field("title").getAttribute("value")).isEqualTo("Engagement-Werkstatt");
        assertThat(browser.field("amountEur").getAttribute("value")).isEqualTo("1500");
        assertThat(browser.field("targetGroups").getAttribute("value")).isEqualTo("Jugendliche, Seniorinnen");
        browser.executeScript("document.getElementById('measureStart').value = arguments[0]",
                clock.today().plusDays(28).toString());
        browser.submit("#grant-form button[type=submit]");
        assertThat(browser.text()).contains("Der Zuschussantrag ist eingegangen.", "in Beratung");
        browser.signOut();

        browser.signIn("coordinator").open("/");
        openTaskOf("Netzwerk im Browser", "Antrag fachlich beraten");
        assertThat(browser.find("#grant-subject").getText()).contains("Engagement-Werkstatt", "1500");
        browser.submit("#task-form button[type=submit]");
        browser.signOut();
        browser.signIn("ministry").open("/");
        openTaskOf("Netzwerk im Browser", "Über Zuschuss entscheiden");
        assertAccessible("grant decision");
        browser.field("approvedAmountEur").sendKeys("1500");
        browser.submit("#task-form button[type=submit]");
        assertThat(browser.text()).contains("Die Aufgabe ist erledigt.");
        browser.open("/networks/" + networkId);
        assertThat(browser.text()).contains("bewilligt");
        browser.assertNoConsoleErrors();
    }

    private String caseOf(String courseId) {
        return staff().read("/api/courses/" + courseId).get("participants").get(0).asText();
    }

    private long getFromPage(String path) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { done(r.status); });", path);
    }

    /** A form post from the page's own JavaScript context, with the session cookie but no CSRF token. */
    private long postFromPage(String path) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', credentials: 'same-origin', redirect: 'manual',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'title=x'})"
                        + ".then(function (r) { done(r.status); });", path);
    }
}
