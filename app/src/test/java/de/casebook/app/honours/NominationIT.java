package de.casebook.app.honours;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.Api;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PdfText;
import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Honours nominations through the API: the links for nominators and references come from the outbox. */
class NominationIT extends CasebookIntegrationTest {

    static final ZonedDateTime TODAY = LocalDate.of(2026, 7, 1).atStartOfDay(CaseCalendar.ZONE).plusHours(9);
    static final Pattern LINK = Pattern.compile("/public/(information|statements)/([A-Za-z0-9_-]+)");

    private String nominee;

    @BeforeEach
    void today() {
        clock.moveTo(TODAY.toInstant());
        nominee = "Erika Ehrenamt " + Long.toString(System.nanoTime(), 36);
    }

    Map<String, Object> nomination(String kind, String category, int yearsOfEngagement, String justification,
                                   List<Map<String, String>> references) {
        var request = new HashMap<String, Object>();
        request.put("awardKind", kind);
        if (category != null) {
            request.put("category", category);
        }
        request.put("nominator", Map.of("name", "Nina Nominiert", "email", "nina@example.org"));
        request.put("nominee", Map.of("name", nominee, "birthDate", "1960-02-03", "street", "Markt 1",
                "postalCode", "12345", "city", "Musterstadt", "organisation", "Tafel Musterstadt"));
        request.put("engagementSince", TODAY.toLocalDate().minusYears(yearsOfEngagement).toString());
        request.put("justification", justification);
        request.put("references", references);
        return request;
    }

    String submit(Map<String, Object> request) {
        return staff().ok("/api/nominations", request).get("caseId").asText();
    }


    JsonNode view(Api api, String caseId) {
        return api.read("/api/nominations/" + caseId);
    }

    /** The personal link of the newest mail to the address about this case, as the mail will carry it. */
    String linkTo(String address, String caseId) {
        var link = mailedLink(caseId, address);
        var matcher = LINK.matcher(link);
        assertThat(matcher.find()).as("a link to %s in %s", address, link).isTrue();
        return matcher.group();
    }

    ResponseEntity<JsonNode> answer(String link, String text) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(link, HttpMethod.POST, new HttpEntity<>(Map.of("text", text), headers), JsonNode.class);
    }

    void handOver(String caseId) {
        completeTask(staff(), caseId, "user_schedule_ceremony", Map.of("date", TODAY.toLocalDate().plusDays(10).toString(),
                "place", "Ratssaal"));
        assertThat(staff().read("/api/tasks?caseId=" + caseId)).isEmpty();
        clock.moveTo(TODAY.plusDays(10).toInstant());
        runJobs(caseId);
        completeTask(staff(), caseId, "user_confirm_handover", Map.of("note", "Urkunde überreicht"));
    }

    @Test
    void aPrizeIsScoredByTheJuryOfItsCallRecommendedAwardedHandedOverAndRevoked() {
        var caseId = submit(nomination("city-prize", "youth", 3, "Leitet seit Jahren die Jugendgruppe.",
                List.of(Map.of("name", "Rita Referenz", "email", "rita@example.org"))));
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("formal-check");
        completeTask(staff(), caseId, "user_formal_check", Map.of("decision", "pass"));
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("references");

        var statement = linkTo("rita@example.org", caseId);
        assertThat(http.getForObject(statement, JsonNode.class).get("nominee").asText()).isEqualTo(nominee);
        assertThat(answer(statement, "Sehr engagiert und zuverlässig.").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(answer(statement, "noch einmal"), HttpStatus.CONFLICT, "link.used");
        runJobs(caseId);
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("jury");

        assertThat(as("jury3").read("/api/tasks?caseId=" + caseId)).isEmpty();
        assertProblem(as("jury3").get("/api/nominations/" + caseId), HttpStatus.FORBIDDEN, null);
        completeTask(as("jury1"), caseId, "user_score", Map.of("score", 8, "comment", "vorbildlich"));
        assertThat(view(as("jury2"), caseId).get("scores")).as("a juror sees no other scores").isEmpty();
        assertProblem(as("jury2").get("/api/cases/" + caseId + "/history"), HttpStatus.FORBIDDEN, null);
        completeTask(as("jury2"), caseId, "user_score", Map.of("score", 7));
        var decision = view(staff(), caseId);
        assertThat(decision.get("status").asText()).isEqualTo("decision");
        assertThat(decision.get("recommendation").get("recommended").asBoolean()).isTrue();
        assertThat(decision.get("references").get(0).get("statement").asText()).contains("zuverlässig");

        var beforeDecision = TODAY.plusMinutes(1).toInstant();
        clock.moveTo(TODAY.plusMinutes(2).toInstant());
        completeTask(as("mayor"), caseId, "user_decide", Map.of("decision", "award"));
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("awarded");
        assertThat(staff().read("/api/nominations/" + caseId + "?asOf=" + beforeDecision).get("status").asText())
                .isEqualTo("decision");
        handOver(caseId);
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("closed");
        var pdf = staff().download("/api/nominations/" + caseId + "/document");
        assertThat(PdfText.of(pdf.getBody()).replaceAll("\\s+", " ")).contains("Urkunde", nominee,
                "der Stadt Musterstadt", "Bürgermeisterin / Bürgermeister", "Aktenzeichen " + view(staff(), caseId).get("caseNumber").asText());

        assertThat(staff().post("/api/nominations/" + caseId + "/revocation", Map.of("reason", "Verurteilung"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("revoked");
        var history = as("mayor").read("/api/nominations/" + caseId);
        assertThat(history.get("revocationReason").asText()).isEqualTo("Verurteilung");
        assertThat(eventTypes(caseId)).containsSubsequence("NominationSubmittedEvent", "FormalCheckPassedEvent",
                "StatementSubmittedEvent", "ReferencesClosedEvent", "NominationScoredEvent", "JuryRecommendedEvent",
                "NominationAwardedEvent", "CeremonyScheduledEvent", "HonourHandedOverEvent", "HonourRevokedEvent");
        assertThat(staff().read("/api/outbox").toString()).doesNotContain("Markt 1");
    }

    @Test
    void aFederalHonourIsForwardedFollowedUpAndDecidedOutside() {
        var caseId = submit(nomination("federal-honour", null, 30, "Jahrzehntelanges Engagement.", List.of()));
        completeTask(staff(), caseId, "user_formal_check", Map.of("decision", "pass"));
        runJobs(caseId);
        assertProblem(staff().post("/api/nominations/" + caseId + "/external-decision", Map.of("decision", "award",
                "authority", "Bundespräsidialamt", "decidedOn", TODAY.toLocalDate().toString())),
                HttpStatus.CONFLICT, "nomination.wrong-status");
        completeTask(staff(), caseId, "user_forward", Map.of("authority", "Staatskanzlei"));
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("forwarded");
        clock.moveTo(TODAY.plusMonths(6).plusDays(1).toInstant());
        runJobs(caseId);
        openTask(staff(), caseId, "user_follow_up_external");
        assertThat(staff().post("/api/nominations/" + caseId + "/external-decision", Map.of("decision", "award",
                "authority", "Bundespräsidialamt", "decidedOn", TODAY.plusMonths(6).toLocalDate().toString()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var awarded = view(staff(), caseId);
        assertThat(awarded.get("status").asText()).isEqualTo("awarded");
        assertThat(awarded.get("decision").get("decidedBy").asText()).isEqualTo("Bundespräsidialamt");
        openTask(staff(), caseId, "user_schedule_ceremony");
        assertThat(staff().read("/api/tasks?caseId=" + caseId)).hasSize(1);
    }

    @Test
    void aShortPinJustificationIsQueriedSuppliedThroughTheLinkAndThenPasses() {
        var caseId = submit(nomination("pin", null, 20, "Zu kurz.", List.of()));
        assertThat(view(staff(), caseId).get("findings").get(0).asText()).isEqualTo("justification-too-short");
        var task = openTask(staff(), caseId, "user_formal_check");
        var before = eventCount();
        assertProblem(staff().post("/api/tasks/" + task.get("id").asText() + "/complete", Map.of("decision", "pass")),
                HttpStatus.UNPROCESSABLE_ENTITY, "nomination.rules-not-met");
        assertProblem(staff().post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("decision", "request-information")), HttpStatus.UNPROCESSABLE_ENTITY, "nomination.question-required");
        assertThat(eventCount()).isEqualTo(before);
        completeTask(staff(), caseId, "user_formal_check", Map.of("decision", "request-information",
                "reason", "Bitte beschreiben Sie das Engagement ausführlicher."));
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("information-requested");

        var link = linkTo("nina@example.org", caseId);
        assertThat(http.getForObject(link, JsonNode.class).get("question").asText()).contains("ausführlicher");
        assertThat(answer(link, "Seit zwanzig Jahren ... ".repeat(80)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(answer(link, "noch einmal"), HttpStatus.CONFLICT, "link.used");
        var supplied = view(staff(), caseId);
        assertThat(supplied.get("status").asText()).isEqualTo("formal-check");
        assertThat(supplied.get("findings")).isEmpty();
        completeTask(staff(), caseId, "user_formal_check", Map.of("decision", "pass"));
        runJobs(caseId);
        assertThat(view(staff(), caseId).get("status").asText()).isEqualTo("decision");
    }

    @Test
    void theMayorDeclinesAThankYouLetterOnlyWithAReason() {
        var caseId = submit(nomination("thank-you-letter", null, 2, "Hilft bei jedem Stadtfest.", List.of()));
        completeTask(staff(), caseId, "user_formal_check", Map.of("decision", "pass"));
        runJobs(caseId);
        var task = openTask(as("mayor"), caseId, "user_decide");
        assertProblem(as("mayor").post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("decision", "decline")), HttpStatus.UNPROCESSABLE_ENTITY, "reason.required");
        completeTask(as("mayor"), caseId, "user_decide", Map.of("decision", "decline", "decidedBy", "council",
                "reason", "Ratsbeschluss vom 30.6."));
        var declined = view(staff(), caseId);
        assertThat(declined.get("status").asText()).isEqualTo("declined");
        assertThat(declined.get("decision").get("decidedBy").asText()).isEqualTo("council");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
    }

    @Test
    void aNominationIsConfidential() {
        var caseId = submit(nomination("city-prize", "youth", 3, "Jugendarbeit", List.of()));
        assertProblem(as("staff-b").get("/api/nominations/" + caseId), HttpStatus.FORBIDDEN, null);
        assertProblem(as("auditor").get("/api/nominations/" + caseId), HttpStatus.FORBIDDEN, null);
        assertProblem(as("jury3").get("/api/nominations/" + caseId), HttpStatus.FORBIDDEN, null);
        assertProblem(as("staff-b").get("/api/cases/" + caseId + "/history"), HttpStatus.FORBIDDEN, null);
        assertProblem(staff().get("/api/nominations/unknown"), HttpStatus.NOT_FOUND, "case.not-found");
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        assertProblem(http.exchange("/public/statements/not-a-token", HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class), HttpStatus.NOT_FOUND, "link.unknown");
        assertThat(view(as("mayor"), caseId).get("nominee").get("name").asText()).isEqualTo(nominee);
        assertThat(as("mayor").read("/api/cases/" + caseId + "/history").get(0).get("type").asText())
                .isEqualTo("NominationSubmittedEvent");
        assertThat(staff().read("/api/outbox").toString()).as("the nominee is never written to").doesNotContain(nominee);
    }

    @Test
    void badNominationsAreRejectedAndChangeNothing() {
        var before = eventCount();
        var unknownKind = nomination("medal", null, 3, "x", List.of());
        assertProblem(staff().post("/api/nominations", unknownKind), HttpStatus.UNPROCESSABLE_ENTITY,
                "nomination.unknown-award-kind");
        assertProblem(staff().post("/api/nominations", nomination("city-prize", "sports", 3, "x", List.of())),
                HttpStatus.UNPROCESSABLE_ENTITY, "nomination.unknown-category");
        var noNominee = nomination("pin", null, 20, "x", List.of());
        noNominee.remove("nominee");
        assertProblem(staff().post("/api/nominations", noNominee), HttpStatus.BAD_REQUEST, "request.invalid-fields");
        var future = nomination("pin", null, -1, "x", List.of());
        assertProblem(staff().post("/api/nominations", future), HttpStatus.UNPROCESSABLE_ENTITY,
                "nomination.date-in-future");
        assertProblem(as("mayor").post("/api/nominations", nomination("pin", null, 20, "x", List.of())),
                HttpStatus.FORBIDDEN, null);
        assertThat(eventCount()).isEqualTo(before);
    }
}
