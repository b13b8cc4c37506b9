package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Text PostgreSQL cannot store, and values of the wrong JSON type, are refused at the edge with a
 * 400 that names the field, for bodies of every shape and for query parameters; nothing is stored, and
 * every list goes on answering.
 */
class InputHygieneIT extends CasebookIntegrationTest {

    /** Writes every character beyond ASCII as an escape, so that half a surrogate pair reaches the server as such. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private ResponseEntity<JsonNode> applyWith(String field, Object value) throws Exception {
        var request = CaseRequests.cardApplication("Çiğdem Öztürk-Łukasz", LocalDate.of(1980, 5, 17));
        @SuppressWarnings("unchecked")
        var applicant = new HashMap<>((Map<String, Object>) request.get("applicant"));
        applicant.put(field, value);
        request.put("applicant", applicant);
        return staff().postRaw("/api/card-applications", JSON.writeValueAsString(request));
    }

    private long cards() {
        return staff().read("/api/card-applications?size=1").get("total").asLong();
    }

    @Test
    void controlCharactersAndHalfSurrogatesAreRefusedWithTheFieldNamed() throws Exception {
        var before = cards();
        var events = eventCount();
        for (var unstorable : List.of("Jürgen\u0000Weiß", "Jürgen\u0007Weiß", "Jürgen\u009bWeiß", "Jürgen\uD800Weiß",
                "Jürgen Weiß\uDC00")) {
            var response = applyWith("name", unstorable);
            assertProblem(response, HttpStatus.BAD_REQUEST, "request.text.unstorable-character");
            assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("applicant.name");
            assertThat(response.getBody().get("detail").asText()).contains("applicant.name", "U+");
        }
        assertThat(eventCount()).as("nothing stored").isEqualTo(events);
        assertThat(cards()).isEqualTo(before);
    }

    @Test
    void aNulInAFieldNameOrANestedListIsRefusedToo() {
        var body = """
                {"program":"nrw","applicant":{"name":"Anna","birthDate":"1980-01-01"},
                 "organisations":[{"name":"Verein"},{"name":"Chor\\u0000"}]}""";
        var response = staff().postRaw("/api/card-applications", body);
        assertProblem(response, HttpStatus.BAD_REQUEST, "request.text.unstorable-character");
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("organisations[1].name");

        var name = staff().postRaw("/api/card-applications", "{\"prog\\u0000ram\":\"nrw\"}");
        assertProblem(name, HttpStatus.BAD_REQUEST, "request.text.unstorable-character");
        assertThat(name.getBody().get("errors").get(0).get("field").asText()).isEqualTo("progU+0000ram");
    }

    @Test
    void taskFormsReadAsJsonTreesAreCheckedLikeEveryOtherBody() {
        var caseId = enrol(scheduleCourse());
        var task = openTask(staff(), caseId, "user_admit_participant");
        var response = staff().postRaw("/api/tasks/" + task.get("id").asText() + "/complete",
                "{\"decision\":\"decline\",\"reason\":\"kein \\u0000 Platz\"}");
        assertProblem(response, HttpStatus.BAD_REQUEST, "request.text.unstorable-character");
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("registered");
    }

    @Test
    void valuesOfTheWrongKindAreNotCoerced() throws Exception {
        var birthDate = applyWith("birthDate", 12345);
        assertProblem(birthDate, HttpStatus.BAD_REQUEST, "request.wrong-type");
        assertThat(birthDate.getBody().get("errors").get(0).get("field").asText()).isEqualTo("applicant.birthDate");
        assertProblem(applyWith("name", 4711), HttpStatus.BAD_REQUEST, "request.wrong-type");
        assertProblem(applyWith("name", true), HttpStatus.BAD_REQUEST, "request.wrong-type");
        assertProblem(applyWith("name", List.of("Anna")), HttpStatus.BAD_REQUEST, "request.wrong-type");
    }

    @Test
    void overlongTextIsRefusedAndNamesWithAnyLetterOrEmojiAreTaken() throws Exception {
        assertProblem(applyWith("city", "a".repeat(StorableText.MAX_LENGTH + 1)), HttpStatus.BAD_REQUEST,
                "request.text.too-long");
        var accepted = applyWith("name", "Çiğdem Öztürk-Łukasz 🌻");
        assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void queryParametersAreCheckedAndEveryListStillAnswers() {
        assertProblem(staff().get("/api/cases?q=Wei\u0000ß"), HttpStatus.BAD_REQUEST,
                "request.text.unstorable-character");
        assertProblem(staff().get("/api/card-applications?q=\u0007"), HttpStatus.BAD_REQUEST,
                "request.text.unstorable-character");

        staff().read("/api/cases?q=Weiß");
        staff().read("/api/card-applications");
        staff().read("/api/card-applications/statistics?year=2026");
        staff().read("/api/nominations");
        staff().read("/api/statistics");
        staff().read("/api/tasks");
    }
}
