package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.casebook.app.CaseFixture;
import de.casebook.app.CasebookIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fuzzer over the API as its OpenAPI description tells it: every text, number, date, enum and list
 * field of every request body, and every query parameter, gets values a form or a script could send
 * (wrong types, control characters, overlong text, impossible dates, huge numbers); then whole
 * broken bodies. No answer is a 5xx or shows a stack trace, every refusal is a problem detail, and
 * afterwards every list still answers.
 */
class FuzzIT extends CasebookIntegrationTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<JsonNode> BAD_VALUES = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode("Jürgen\u0000Weiß"), NODES.textNode("\uD800"),
            NODES.textNode("x".repeat(25_000)), NODES.textNode("2026-02-30"), NODES.textNode("99999-01-01"),
            NODES.textNode("'; DROP TABLE case_index; --"), NODES.textNode("<script>alert(1)</script>"),
            NODES.textNode("Çiğdem Öztürk-Łukasz 🌻"), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(0.000001), NODES.booleanNode(true),
            NODES.arrayNode(), NODES.objectNode());
    private static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":1}{",
            "[".repeat(2_000), "{\"x\":\"" + "y".repeat(100_000) + "\"}");
    private static final List<String> BAD_PARAMETERS = List.of("", "-1", "99999999999999999999", "abc", "2026-13-45",
            "Wei\u0000ß", "%", "x".repeat(5_000), "' OR 1=1 --");

    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile(
            "at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)|\\.java:\\d+\\)");

    @Autowired
    private TaskService taskService;

    private int requests;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void noInputBreaksTheApi() throws Exception {
        var fixture = CaseFixture.create(this, taskService);
        var description = staff().read("/v3/api-docs");
        var soft = new SoftAssertions();
        for (var path : iterable(description.get("paths").fieldNames())) {
            var operations = description.get("paths").get(path);
            for (var method : iterable(operations.fieldNames())) {
                var operation = operations.get(method);
                for (var concrete : concretePaths(path, fixture)) {
                    if (method.equals("get")) {
                        fuzzQuery(soft, concrete, operation);
                    } else {
                        fuzzBody(soft, method.toUpperCase(), concrete, operation, description);
                    }
                }
            }
        }
        org.slf4j.LoggerFactory.getLogger(FuzzIT.class).info("fuzzer: {} requests, answers by status {}", requests,
                statuses);
        assertThat(requests).as("requests sent").isGreaterThan(1_000);
        var lists = Map.of("staff", List.of("/api/cases", "/api/cases?q=Weiß", "/api/card-applications",
                        "/api/card-applications/statistics?year=2026", "/api/nominations", "/api/tasks", "/api/statistics",
                        "/api/outbox"),
                "ministry", List.of("/api/statistics", "/api/cases?type=network"),
                "admin", List.of("/api/admin/projections"));
        lists.forEach((user, paths) -> paths.forEach(list -> {
            try {
                soft.assertThat(send(user, "GET", list, null).statusCode()).as("%s still answers %s", list, user)
                        .isEqualTo(200);
            } catch (Exception e) {
                soft.fail(list, e);
            }
        }));
        soft.assertAll();
    }

    private void fuzzQuery(SoftAssertions soft, String path, JsonNode operation) throws Exception {
        for (var parameter : iterable(operation.path("parameters").elements())) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            for (var value : BAD_PARAMETERS) {
                var query = parameter.get("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                check(soft, "GET", path + "?" + query, null);
            }
        }
    }

    private void fuzzBody(SoftAssertions soft, String method, String path, JsonNode operation, JsonNode description)
            throws Exception {
        var schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            check(soft, method, path, "{}");
            return;
        }
        var sample = sample(schema, description, 0);
        for (var pointer : leaves(sample, "")) {
            for (var bad : BAD_VALUES) {
                var body = sample.deepCopy();
                replace(body, pointer, bad);
                check(soft, method, path, JSON.writeValueAsString(body));
            }
        }
        for (var bad : BAD_BODIES) {
            check(soft, method, path, bad);
        }
    }

    private void check(SoftAssertions soft, String method, String path, String body) throws Exception {
        var user = path.startsWith("/api/networks") ? "ministry" : "staff";
        {
            var answer = send(user, method, path, body);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            var what = "%s %s as %s with %s -> %d %s".formatted(method, path, user,
                    body == null ? "" : abbreviated(body), answer.statusCode(), abbreviated(answer.body()));
            soft.assertThat(answer.statusCode()).as(what).isLessThan(500);
            soft.assertThat(answer.body()).as("%s shows a stack trace", what).doesNotContainPattern(STACK_FRAME);
            if (answer.statusCode() >= 400) {
                soft.assertThat(answer.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        requests++;
        var request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final Map<String, String> CASE_TYPE_OF_PATH = Map.of("/api/card-applications", "card",
            "/api/qualifications", "qualification", "/api/nominations", "nomination", "/api/networks", "network");

    /** The path with its variables filled from the fixture: a case of the type the path is about, every task. */
    private static List<String> concretePaths(String path, CaseFixture fixture) {
        var paths = new ArrayList<String>();
        paths.add(path);
        while (paths.get(0).contains("{")) {
            var expanded = new ArrayList<String>();
            for (var partial : paths) {
                var start = partial.indexOf('{');
                var end = partial.indexOf('}', start);
                var variable = partial.substring(start + 1, end);
                var values = fixture.values().getOrDefault(variable, Map.of("unbekannt", null_())).keySet();
                if (variable.equals("caseId")) {
                    values = java.util.Set.of(caseOfType(path, fixture));
                }
                for (var value : values) {
                    expanded.add(partial.substring(0, start) + value + partial.substring(end + 1));
                }
            }
            paths = expanded;
        }
        return paths;
    }

    private static String caseOfType(String path, CaseFixture fixture) {
        var cases = new ArrayList<>(fixture.values().get("caseId").keySet());
        var order = List.of("card", "qualification", "nomination", "network");
        return CASE_TYPE_OF_PATH.entrySet().stream().filter(prefix -> path.startsWith(prefix.getKey()))
                .map(prefix -> cases.get(order.indexOf(prefix.getValue()))).findFirst().orElse(cases.get(0));
    }

    private static CaseFixture.Audience null_() {
        return new CaseFixture.Audience("", java.util.Set.of(), java.util.Set.of());
    }

    /** A body the schema describes, with plausible values: the starting point for each fuzzed field. */
    private static JsonNode sample(JsonNode schema, JsonNode description, int depth) {
        if (schema.has("$ref")) {
            var name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return depth > 5 ? NODES.nullNode() : sample(description.get("components").get("schemas").get(name),
                    description, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (schema.path("type").asText("object")) {
            case "string" -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode("2026-05-04");
                case "date-time" -> NODES.textNode("2026-05-04T10:00:00Z");
                case "email" -> NODES.textNode("fuzz@example.org");
                default -> NODES.textNode("Jürgen Weiß");
            };
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(2.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(sample(schema.path("items"), description, depth + 1));
            default -> {
                var object = NODES.objectNode();
                for (var field : iterable(schema.path("properties").fieldNames())) {
                    object.set(field, sample(schema.get("properties").get(field), description, depth + 1));
                }
                yield object;
            }
        };
    }

    /** JSON pointers of every value in the sample (objects and arrays themselves included). */
    private static List<String> leaves(JsonNode node, String pointer) {
        var pointers = new ArrayList<String>();
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            for (var field : iterable(node.fieldNames())) {
                pointers.addAll(leaves(node.get(field), pointer + "/" + field));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            pointers.addAll(leaves(node.get(0), pointer + "/0"));
        }
        return pointers;
    }

    private static void replace(JsonNode body, String pointer, JsonNode value) {
        var cut = pointer.lastIndexOf('/');
        var parent = body.at(pointer.substring(0, cut));
        var last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
