package de.casebook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST API as one signed-in person uses it. */
public class Api {

    private final TestRestTemplate http;

    Api(TestRestTemplate http, String username) {
        this.http = http.withBasicAuth(username, username);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, json(body), JsonNode.class);
    }

    public ResponseEntity<JsonNode> postRaw(String path, String body) {
        return http.exchange(path, HttpMethod.POST, json(body), JsonNode.class);
    }

    /** Posts a file as a form upload ({@code file}), with further form fields. */
    public ResponseEntity<JsonNode> upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        fields.forEach(form::add);
        form.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
    }

    public ResponseEntity<byte[]> download(String path) {
        return http.getForEntity(path, byte[].class);
    }

    /** Posts and expects success; returns the body. */
    public JsonNode ok(String path, Object body) {
        var response = post(path, body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s -> %s", path, response.getBody()).isTrue();
        return response.getBody();
    }

    public JsonNode read(String path) {
        var response = get(path);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s -> %s", path, response.getBody()).isTrue();
        return response.getBody();
    }

    private static HttpEntity<Object> json(Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body == null ? Map.of() : body, headers);
    }
}
