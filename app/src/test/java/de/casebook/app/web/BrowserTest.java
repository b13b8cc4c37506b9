package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/** A test that drives the pages in a real Chromium: one browser a test, skipped with a hint where there is none. */
abstract class BrowserTest extends CasebookIntegrationTest {

    private static final String NO_BROWSER =
            "Chromium or chromedriver not installed: browser tests SKIPPED (apt-get install chromium chromium-driver)";

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        if (!Browser.available()) {
            System.err.println("[" + getClass().getSimpleName() + "] " + NO_BROWSER);
        }
        Assumptions.assumeTrue(Browser.available(), NO_BROWSER);
        browser = new Browser(http.getRootUri());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected void assertAccessible(String page) throws Exception {
        assertThat(browser.seriousAccessibilityViolations()).as("serious or critical axe violations on the " + page)
                .isEmpty();
    }

    /**
     * Finds the person's task as a clerk would among many (searching the task list by name, open for
     * the group or taken by the clerk), opens it, and checks it is the task's page that opened.
     */
    protected void openTaskOf(String person, String taskName) {
        var query = java.net.URLEncoder.encode(person, java.nio.charset.StandardCharsets.UTF_8);
        var row = java.util.stream.Stream.of("group", "mine")
                .flatMap(tab -> {
                    browser.open("/?tab=" + tab + "&q=" + query);
                    return browser.all("#task-table tbody tr").stream()
                            .filter(candidate -> candidate.getText().contains(person)
                                    && candidate.getText().contains(taskName));
                })
                .findFirst().orElseThrow(() -> new AssertionError("no task " + taskName + " for " + person));
        var page = browser.find("html");
        row.findElement(By.cssSelector("td a")).click();
        browser.waitUntil(driver -> Browser.isReplaced(page));
        assertThat(browser.find("h1").getText()).isEqualTo(taskName);
    }
}
