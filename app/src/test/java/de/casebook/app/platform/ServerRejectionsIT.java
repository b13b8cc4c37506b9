package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.CasebookIntegrationTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a client gets for a request Tomcat itself refuses: a problem detail a clerk can read, not an
 * HTML page. Requests in HTTP/1.0, whose answers come without chunks.
 */
class ServerRejectionsIT extends CasebookIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anAddressWithRawUmlautsIsAProblemDetailInGerman() throws IOException {
        var response = exchange("GET /api/cases?q=oztürk HTTP/1.0\r\nHost: localhost\r\n\r\n");

        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 400 ");
        assertThat(response.headers()).containsIgnoringCase("Content-Type: application/problem+json;charset=UTF-8");
        var problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Ungültige Anfrage");
        assertThat(problem.get("code").asText()).isEqualTo("request.rejected-by-server.400");
        assertThat(problem.get("detail").asText()).contains("Umlaute", "%C3%BC für ü");
    }

    @Test
    void aMalformedHeaderIsAProblemDetailInTheLanguageAskedFor() throws IOException {
        var response = exchange("GET /api/cases HTTP/1.0\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "X-Broken Header: 1\r\n\r\n");

        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 400 ");
        assertThat(response.headers()).containsIgnoringCase("Content-Type: application/problem+json;charset=UTF-8");
        assertThat(new ObjectMapper().readTree(response.body()).get("title").asText()).isEqualTo("Bad request");
    }

    @Test
    void theSameAddressEncodedReachesTheApplication() throws IOException {
        var response = exchange("GET /api/cases?q=ozt%C3%BCrk HTTP/1.0\r\nHost: localhost\r\n\r\n");

        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 401 ");
        assertThat(response.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response.body()).doesNotContain("rejected-by-server");
    }

    @Test
    void anErrorOfTheApplicationKeepsItsOwnAnswer() throws IOException {
        var response = exchange("GET /api/no-such-thing HTTP/1.0\r\nHost: localhost\r\nAuthorization: Basic c3RhZmY6c3RhZmY=\r\n\r\n");

        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 404 ");
        assertThat(response.body()).doesNotContain("rejected-by-server");
    }

    private record Exchange(String statusLine, String headers, String body) {
    }

    private Exchange exchange(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var head = raw.substring(0, raw.indexOf("\r\n\r\n"));
            return new Exchange(head.substring(0, head.indexOf("\r\n")), head, raw.substring(head.length() + 4));
        }
    }
}
