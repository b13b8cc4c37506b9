package de.casebook.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A page session's last access is written once a minute, not on every request; what else changes
 * (a new session at sign-in) is written at once, and the session keeps working throughout.
 */
class SessionStoreIT extends CasebookIntegrationTest {

    @Test
    void theLastAccessIsWrittenOnceItIsAMinuteOld() throws Exception {
        var session = PageSession.signIn(http.getRootUri(), "auditor");
        var sessionId = sessionIdOf(session);
        var signedIn = lastAccess(sessionId);
        assertThat(principal(sessionId)).isEqualTo("auditor");

        assertThat(page(session)).isEqualTo(HttpStatus.OK);
        assertThat(page(session)).isEqualTo(HttpStatus.OK);
        assertThat(lastAccess(sessionId)).as("not written within the minute").isEqualTo(signedIn);

        var aMinuteAgo = signedIn - SessionStore.LAST_ACCESS_PRECISION_MILLIS;
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
                .params(aMinuteAgo, aMinuteAgo + 30 * 60_000, sessionId).update();
        assertThat(page(session)).isEqualTo(HttpStatus.OK);
        assertThat(lastAccess(sessionId)).as("written once a minute old").isGreaterThanOrEqualTo(signedIn);
        assertThat(jdbc.sql("SELECT expiry_time - last_access_time FROM spring_session WHERE session_id = ?")
                .param(sessionId).query(Long.class).single()).isEqualTo(30 * 60_000L);

        var again = PageSession.signIn(http.getRootUri(), "auditor");
        assertThat(sessionIdOf(again)).isNotEqualTo(sessionId);
        assertThat(principal(sessionIdOf(again))).isEqualTo("auditor");
        assertThat(page(again)).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus page(PageSession session) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session.cookie());
        var response = http.exchange("/cases", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    private String principal(String sessionId) {
        return jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?").param(sessionId)
                .query(String.class).single();
    }

    private static String sessionIdOf(PageSession session) {
        var value = session.cookie().substring(session.cookie().indexOf('=') + 1);
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }
}
