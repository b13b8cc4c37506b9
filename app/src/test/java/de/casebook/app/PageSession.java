package de.casebook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A person signed in on the login page as a browser does (redirects not followed, so that the
 * session cookie of the sign-in itself is seen): the session cookie and a CSRF token of a page.
 */
public record PageSession(String cookie, String csrf) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public static PageSession signIn(String rootUri, String username) throws IOException, InterruptedException {
        var login = BROWSER.send(HttpRequest.newBuilder(URI.create(rootUri + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var form = "username=" + username + "&password=" + username + "&_csrf="
                + URLEncoder.encode(csrfOf(login.body()), StandardCharsets.UTF_8);
        var signedIn = BROWSER.send(HttpRequest.newBuilder(URI.create(rootUri + "/login"))
                .header("Cookie", cookieOf(login))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signing in as %s", username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error", "throttled"));
        var session = cookieOf(signedIn);
        var home = BROWSER.send(HttpRequest.newBuilder(URI.create(rootUri + "/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 3 && home.statusCode() == 302; hop++) {
            var next = URI.create(rootUri + "/").resolve(home.headers().firstValue("Location").orElseThrow());
            home = BROWSER.send(HttpRequest.newBuilder(next).header("Cookie", session).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return new PageSession(session, csrfOf(home.body()));
    }

    private static String cookieOf(HttpResponse<?> response) {
        var header = response.headers().firstValue("Set-Cookie");
        assertThat(header).as("a session cookie").isPresent();
        return header.get().substring(0, header.get().indexOf(';'));
    }

    private static String csrfOf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
