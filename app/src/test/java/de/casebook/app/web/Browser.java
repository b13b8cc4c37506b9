package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system's Chromium, headless, driven by its chromedriver: a person using the pages. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("casebook-chromium"));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    ChromeDriver driver() {
        return driver;
    }

    Object executeScript(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    Browser signIn(String username) {
        open("/login");
        field("username").sendKeys(username);
        field("password").sendKeys(username);
        submit("main form button[type=submit]");
        return this;
    }

    void signOut() {
        submit("form[action$='/logout'] button");
    }

    WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks a button that submits a form, or a link, and waits for the next page. */
    void submit(String css) {
        var page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isReplaced(page));
    }

    /**
     * Whether the page the element belongs to has been replaced. While the next page loads, Chrome
     * sometimes answers for a node of the previous document with an inspector error ("Node with given
     * id does not belong to the document") instead of a stale reference: it means the same.
     */
    static boolean isReplaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException navigating) {
            if (String.valueOf(navigating.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw navigating;
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String htmlLang() {
        return find("html").getAttribute("lang");
    }

    /** Waits for a condition; elements replaced meanwhile (htmx swaps, page loads) are looked up again. */
    void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.apply(driver));
    }

    /** The text of an element once it settled (after an in-place update). */
    String textOf(String css) {
        var text = new String[1];
        waitUntil(d -> {
            text[0] = find(css).getText();
            return true;
        });
        return text[0];
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Fails on any error the page wrote to the browser console since the last check. */
    void assertNoConsoleErrors() {
        var errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
        assertThat(errors).as("browser console errors on %s", currentPath()).isEmpty();
    }

    /** Runs axe-core in the page; returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> seriousAccessibilityViolations() throws IOException {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        var result = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { done({violations: r.violations.filter(function (v) {"
                        + "  return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "  .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + "    nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })}); })"
                        + ".catch(function (e) { done({error: String(e)}); });");
        assertThat(result.get("error")).as("axe failed").isNull();
        return (List<Map<String, Object>>) result.get("violations");
    }

    private static String axeSource() throws IOException {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
