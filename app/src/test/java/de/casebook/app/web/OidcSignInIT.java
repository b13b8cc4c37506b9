package de.casebook.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.TestClockConfiguration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile signs people in through a real OpenID Connect provider (mock-oauth2-server,
 * with its interactive login page), taking roles and municipality from the token; the API takes the
 * provider's bearer tokens; a token without a municipality is refused; the demo users do not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"oidc", "test"})
@Import(TestClockConfiguration.class)
class OidcSignInIT {

    private static final String ISSUER = "land";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true, null, null, false));

    static {
        PROVIDER.start(0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("CASEBOOK_OIDC_ISSUER", () -> PROVIDER.issuerUrl(ISSUER).toString());
        properties.add("CASEBOOK_OIDC_CLIENT_ID", () -> "casebook");
        properties.add("CASEBOOK_OIDC_CLIENT_SECRET", () -> "geheim");
        properties.add("casebook.privacy.master-key", () -> "q1sTqqUXaVb2gRoPKZJ0DLoC7bTOw5LmfpD0mK0Hx+w=");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void theApiTakesTheProvidersTokensWithRolesAndMunicipality() {
        var token = token(Map.of("preferred_username", "juergen.weiss", "roles", List.of("staff", "other-app-admin"),
                "municipality", "musterstadt"));
        var cases = bearer("/api/cases", token);
        assertThat(cases.getStatusCode()).as("%s", cases.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(bearer("/api/admin/projections", token).getStatusCode()).as("staff is not admin")
                .isEqualTo(HttpStatus.FORBIDDEN);

        var withoutMunicipality = bearer("/api/cases", token(Map.of("preferred_username", "ohne.kommune",
                "roles", List.of("staff"))));
        assertThat(withoutMunicipality.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withoutMunicipality.getBody().get("code").asText()).isEqualTo("auth.no-municipality");
        assertThat(withoutMunicipality.getBody().get("detail").asText()).contains("keine Kommune");

        assertThat(bearer("/api/cases", token(Map.of("preferred_username", "ohne.rolle", "municipality", "musterstadt")))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("staff", "staff").getForEntity("/api/cases", JsonNode.class).getStatusCode())
                .as("no demo users outside the demo profile").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aClerkSignsInThroughTheProvidersLoginPage() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium or chromedriver not installed: browser test SKIPPED");
        try (var browser = new Browser(http.getRootUri())) {
            var driver = browser.driver();
            browser.open("/card-applications");
            assertThat(driver.getCurrentUrl()).contains("/login");
            driver.findElement(By.id("sign-in-oidc")).click();
            assertThat(driver.getCurrentUrl()).startsWith(PROVIDER.issuerUrl(ISSUER).toString());
            signInAtProvider(browser, "cigdem", "{\"preferred_username\": \"çiğdem.öztürk-łukasz\","
                    + " \"roles\": [\"staff\"], \"municipality\": \"musterstadt\"}");
            assertThat(driver.getCurrentUrl()).contains("/card-applications");
            assertThat(driver.findElement(By.cssSelector("header .user")).getText()).isEqualTo("çiğdem.öztürk-łukasz");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Ehrenamtskarte");
        }
        try (var browser = new Browser(http.getRootUri())) {
            var driver = browser.driver();
            browser.open("/login");
            driver.findElement(By.id("sign-in-oidc")).click();
            signInAtProvider(browser, "ohne", "{\"preferred_username\": \"ohne.kommune\", \"roles\": [\"staff\"]}");
            assertThat(driver.getCurrentUrl()).contains("/login?refused=no_municipality");
            assertThat(driver.findElement(By.id("login-refused")).getText()).contains("keine Kommune");
        }
    }

    /** Submits the provider's login form and waits until the redirects have brought the browser back. */
    private static void signInAtProvider(Browser browser, String username, String claims) {
        var driver = browser.driver();
        driver.findElement(By.name("username")).sendKeys(username);
        var claimsField = driver.findElement(By.name("claims"));
        claimsField.clear();
        claimsField.sendKeys(claims);
        driver.findElement(By.cssSelector("input[type=submit]")).click();
        var provider = PROVIDER.issuerUrl(ISSUER).toString();
        browser.waitUntil(d -> !d.getCurrentUrl().startsWith(provider)
                && "complete".equals(d.executeScript("return document.readyState")));
    }

    private static String token(Map<String, Object> claims) {
        return PROVIDER.issueToken(ISSUER, "casebook", new DefaultOAuth2TokenCallback(ISSUER, "subject-1", "JWT",
                List.of("casebook"), claims, 3600)).serialize();
    }

    private org.springframework.http.ResponseEntity<JsonNode> bearer(String path, String token) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
