package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** Password hashing is paid once: after a Basic sign-in, the session cookie is enough. */
class SignInSessionIT extends CasebookIntegrationTest {

    @Test
    void aBasicSignInOpensASessionThatLaterRequestsUse() {
        var first = http.withBasicAuth("staff", "staff").getForEntity("/api/tasks", JsonNode.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        var cookie = first.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");

        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie.substring(0, cookie.indexOf(';')));
        var second = http.exchange("/api/tasks", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);

        var withoutAnything = http.getForEntity("/api/tasks", JsonNode.class);
        assertThat(withoutAnything.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
