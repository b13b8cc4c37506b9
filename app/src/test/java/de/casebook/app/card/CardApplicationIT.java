package de.casebook.app.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PdfText;
import de.casebook.domain.shared.CaseCalendar;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Volunteer card applications through the API, with a real SMTP server (GreenMail) delivering the links. */
class CardApplicationIT extends CasebookIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    static final ZonedDateTime SUBMITTED = LocalDate.of(2026, 3, 2).atStartOfDay(CaseCalendar.ZONE).plusHours(9);
    static final Pattern LINK = Pattern.compile("/public/confirmations/([A-Za-z0-9_-]+)");
    static final Pattern CARD_CHECK = Pattern.compile("/public/cards/([A-Z0-9]+)");

    private String applicant;

    @BeforeEach
    void submissionDay() throws Exception {
        clock.moveTo(SUBMITTED.toInstant());
        mail.purgeEmailFromAllMailboxes();
        applicant = "Anna Beispiel " + Long.toString(System.nanoTime(), 36);
    }

    Map<String, Object> organisation(String name, String email, Object hoursPerWeek) {
        var organisation = new HashMap<String, Object>(Map.of("name", name, "contactName", "Kontakt " + name,
                "contactEmail", email, "since", "2020-01-01", "role", "Übungsleitung", "unpaid", true));
        if (hoursPerWeek != null) {
            organisation.put("hoursPerWeek", hoursPerWeek);
        }
        return organisation;
    }

    Map<String, Object> application(String name, List<Map<String, Object>> organisations) {
        var request = new HashMap<String, Object>();
        request.put("program", "nrw");
        request.put("applicant", Map.of("name", name, "birthDate", "1990-05-01", "street", "Hauptstraße 1",
                "postalCode", "12345", "city", "Musterstadt", "email", "anna@example.org"));
        request.put("organisations", organisations);
        return request;
    }

    String submit(Map<String, Object> request) {
        var caseId = staff().ok("/api/card-applications", request).get("caseId").asText();
        runJobs(caseId);
        return caseId;
    }

    String submitted(String... contactEmails) {
        var organisations = Arrays.stream(contactEmails)
                .map(email -> organisation("Verein " + email.charAt(0), email, 5)).toList();
        return submit(application(applicant, organisations));
    }


    void moveTo(ZonedDateTime time, String caseId) {
        clock.moveTo(time.toInstant());
        runJobs(caseId);
    }

    /** The mails delivered to the address so far, waiting for the outbox to send what is due. */
    List<String> mailsTo(String address, int atLeast) {
        var bodies = new ArrayList<String>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            bodies.clear();
            for (MimeMessage message : mail.getReceivedMessagesForDomain(address)) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address))) {
                    bodies.add(message.getSubject() + "\n" + message.getContent());
                }
            }
            assertThat(bodies).hasSizeGreaterThanOrEqualTo(atLeast);
        });
        return bodies;
    }

    /** The first mail to the address that contains the text, once the outbox has sent it. */
    String mailContaining(String address, String text) {
        var found = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var bodies = mailsTo(address, 0);
            found[0] = bodies.stream().filter(body -> body.contains(text)).findFirst().orElse(null);
            assertThat(found[0]).as("a mail to %s containing %s in %s", address, text, bodies).isNotNull();
        });
        return found[0];
    }

    String latestLink(String address, int mails) {
        var bodies = mailsTo(address, mails);
        var matcher = LINK.matcher(bodies.get(bodies.size() - 1));
        assertThat(matcher.find()).as("a link in %s", bodies).isTrue();
        return matcher.group(1);
    }

    ResponseEntity<JsonNode> answer(String token, String decision) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/public/confirmations/" + token, HttpMethod.POST,
                new HttpEntity<>(Map.of("decision", decision), headers), JsonNode.class);
    }

    JsonNode view(String caseId) {
        return staff().read("/api/card-applications/" + caseId);
    }

    @Test
    void organisationsConfirmByTheirLinksTheRulesDecideAndTheApprovedCardIsIssuedOnce() {
        var caseId = submitted("verein-a@example.org", "verein-b@example.org");
        assertThat(view(caseId).get("status").asText()).isEqualTo("awaiting-confirmation");
        var tokenA = latestLink("verein-a@example.org", 1);
        var tokenB = latestLink("verein-b@example.org", 1);

        var request = http.exchange("/public/confirmations/" + tokenA, HttpMethod.GET,
                new HttpEntity<>(jsonAccept()), JsonNode.class);
        assertThat(request.getBody().get("applicant").asText()).isEqualTo(applicant);
        assertThat(answer(tokenA, "confirm").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(answer(tokenA, "dispute"), HttpStatus.CONFLICT, "confirmation.already-answered");
        var answered = http.exchange("/public/confirmations/" + tokenA, HttpMethod.GET,
                new HttpEntity<>(jsonAccept()), JsonNode.class);
        assertProblem(answered, HttpStatus.CONFLICT, "confirmation.already-answered");
        assertThat(answered.getBody().toString()).as("an answered link shows nothing of the person")
                .doesNotContain(applicant, "Sportverein");
        assertThat(answer(tokenB, "dispute").getStatusCode()).isEqualTo(HttpStatus.OK);
        runJobs(caseId);

        var inReview = view(caseId);
        assertThat(inReview.get("status").asText()).isEqualTo("in-review");
        assertThat(inReview.get("eligibility").get("eligible").asBoolean()).isTrue();
        assertThat(inReview.get("organisations").get(0).get("confirmation").asText()).isEqualTo("confirmed");
        assertThat(inReview.get("organisations").get(1).get("confirmation").asText()).isEqualTo("disputed");

        var beforeDecision = SUBMITTED.plusMinutes(1).toInstant();
        clock.moveTo(SUBMITTED.plusMinutes(2).toInstant());
        completeTask(staff(), caseId, "user_review_application", Map.of("decision", "approve"));
        var issued = view(caseId);
        assertThat(staff().read("/api/card-applications/" + caseId + "?asOf=" + beforeDecision).get("status").asText())
                .isEqualTo("in-review");
        assertThat(issued.get("status").asText()).isEqualTo("issued");
        var card = issued.get("card");
        assertThat(card.get("number").asText()).matches("EK-2026-\\d{5}");
        assertThat(card.get("validUntil").asText()).isEqualTo("2029-03-01");
        var pdf = staff().download("/api/card-applications/" + caseId + "/card");
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(PdfText.of(pdf.getBody())).contains(applicant, card.get("number").asText(), "01.03.2029",
                "Ausgestellt von Stadt Musterstadt");

        var cardMail = mailContaining("anna@example.org", card.get("number").asText());
        assertThat(cardMail).as("the subject names the case by its number")
                .startsWith("Ihre Ehrenamtskarte ist ausgestellt (Aktenzeichen " + issued.get("caseNumber").asText() + ")");
        var code = CARD_CHECK.matcher(cardMail);
        assertThat(code.find()).isTrue();
        var check = http.exchange("/public/cards/" + code.group(1), HttpMethod.GET, new HttpEntity<>(jsonAccept()),
                JsonNode.class).getBody();
        assertThat(check.get("status").asText()).isEqualTo("valid");
        assertThat(check.get("holderInitials").asText()).isEqualTo("A.B." + applicant.substring(14, 15).toUpperCase() + ".");
        assertThat(check.toString()).doesNotContain("Beispiel", "1990", "Hauptstraße");

        var outbox = staff().read("/api/outbox");
        assertThat(outbox.get("items").get(0).get("to").asText()).isEqualTo("anna@example.org");
        assertThat(outbox.toString()).as("no usable link in the outbox").doesNotContain(tokenA, tokenB)
                .contains("[persönlicher Link, steht nur in der E-Mail]");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_mail WHERE case_id = ? AND secret_link IS NOT NULL")
                .param(caseId).query(Long.class).single()).as("sent mails forget their links").isZero();
        assertThat(eventTypes(caseId)).containsSubsequence("CardApplicationSubmittedEvent", "ConfirmationRequestedEvent",
                "OrganisationConfirmedEvent", "OrganisationDisputedEvent", "EligibilityDecidedEvent",
                "ApplicationApprovedEvent", "CardIssuedEvent");
        var history = as("auditor").read("/api/cases/" + caseId + "/history");
        assertThat(history.toString()).doesNotContain(tokenA);
    }

    @Test
    void anIneligibleApplicationIsRejectedWithAReasonAndTheApplicantIsTold() {
        var caseId = submit(application(applicant, List.of(organisation("Chor", "chor@example.org", 2))));
        answer(latestLink("chor@example.org", 1), "confirm");
        runJobs(caseId);
        var eligibility = view(caseId).get("eligibility");
        assertThat(eligibility.get("eligible").asBoolean()).isFalse();
        assertThat(eligibility.get("reasons").get(0).asText()).isEqualTo("hours-too-low");
        var task = openTask(staff(), caseId, "user_review_application");
        var before = eventCount();
        assertProblem(staff().post("/api/tasks/" + task.get("id").asText() + "/complete", Map.of("decision", "approve")),
                HttpStatus.UNPROCESSABLE_ENTITY, "card.comment-required-to-approve");
        assertProblem(staff().post("/api/tasks/" + task.get("id").asText() + "/complete", Map.of("decision", "reject")),
                HttpStatus.BAD_REQUEST, "card.rejection-reason-required");
        assertThat(eventCount()).isEqualTo(before);
        completeTask(staff(), caseId, "user_review_application", Map.of("decision", "reject", "reason", "not-eligible",
                "comment", "2 Stunden in der Woche reichen nicht."));
        assertThat(view(caseId).get("status").asText()).isEqualTo("rejected");
        assertThat(mailContaining("anna@example.org", "nicht bewilligt"))
                .contains("Voraussetzungen nicht erfüllt", "2 Stunden in der Woche reichen nicht.");
    }

    @Test
    void aSilentOrganisationIsRemindedWithANewLinkThenChasedAndTheCaseGoesOnWithout() {
        var caseId = submitted("still@example.org");
        var first = latestLink("still@example.org", 1);
        moveTo(SUBMITTED.plusDays(14).plusHours(1), caseId);
        var reminder = latestLink("still@example.org", 2);
        assertThat(reminder).isNotEqualTo(first);
        assertProblem(answer(first, "confirm"), HttpStatus.CONFLICT, "confirmation.link-replaced");
        moveTo(SUBMITTED.plusDays(28).plusHours(1), caseId);
        assertProblem(answer(reminder, "confirm"), HttpStatus.CONFLICT, "confirmation.link-expired");
        completeTask(staff(), caseId, "user_chase_confirmation", Map.of("decision", "give-up",
                "reason", "Verein aufgelöst"));
        runJobs(caseId);
        var view = view(caseId);
        assertThat(view.get("organisations").get(0).get("confirmation").asText()).isEqualTo("not-confirmed");
        assertThat(view.get("eligibility").get("reasons").toString()).contains("no-confirmed-organisation");
    }

    @Test
    void staffResendALinkAndTheOldOneStopsWorking() {
        var caseId = submitted("resend@example.org");
        var old = latestLink("resend@example.org", 1);
        assertThat(staff().post("/api/card-applications/" + caseId + "/organisations/1/resend", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var fresh = latestLink("resend@example.org", 2);
        assertProblem(answer(old, "confirm"), HttpStatus.CONFLICT, "confirmation.link-replaced");
        var replaced = http.exchange("/public/confirmations/" + old, HttpMethod.GET, new HttpEntity<>(jsonAccept()),
                JsonNode.class);
        assertProblem(replaced, HttpStatus.CONFLICT, "confirmation.link-replaced");
        assertThat(replaced.getBody().toString()).doesNotContain("Anna", "Beispiel");
        assertThat(answer(fresh, "confirm").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(staff().post("/api/card-applications/" + caseId + "/organisations/2/resend", Map.of()),
                HttpStatus.NOT_FOUND, "card.unknown-organisation");
    }

    @Test
    void anApplicationCanBeWithdrawnBeforeTheDecisionOnly() {
        var caseId = submitted("withdraw@example.org");
        assertThat(staff().post("/api/card-applications/" + caseId + "/withdrawal", Map.of("reason", "umgezogen"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(view(caseId).get("status").asText()).isEqualTo("withdrawn");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
        assertProblem(answer(latestLink("withdraw@example.org", 1), "confirm"), HttpStatus.CONFLICT,
                "confirmation.already-answered");
    }

    String issuedCard(String contact) {
        var caseId = submitted(contact);
        answer(latestLink(contact, 1), "confirm");
        runJobs(caseId);
        completeTask(staff(), caseId, "user_review_application", Map.of("decision", "approve"));
        return caseId;
    }

    @Test
    void aCardIsRemindedOfExpiryRenewedWithinNinetyDaysAndThenExpires() {
        var caseId = issuedCard("renew@example.org");
        assertProblem(staff().post("/api/card-applications", application(applicant,
                List.of(organisation("Tafel", "tafel@example.org", 6)))), HttpStatus.CONFLICT,
                "card.already-holds-valid-card");
        var lastDay = LocalDate.parse(view(caseId).get("card").get("validUntil").asText());
        moveTo(lastDay.minusDays(90).atStartOfDay(CaseCalendar.ZONE).plusHours(1), caseId);
        assertThat(mailContaining("anna@example.org", "läuft bald ab")).contains(lastDay.getYear() + "");

        var renewal = application(applicant, List.of(organisation("Tafel", "tafel@example.org", 6)));
        renewal.put("renewalOf", caseId);
        var renewalId = submit(renewal);
        assertThat(view(renewalId).get("renewalOf").asText()).isEqualTo(caseId);
        assertThat(view(caseId).get("renewedBy").asText()).isEqualTo(renewalId);

        moveTo(lastDay.plusDays(1).atStartOfDay(CaseCalendar.ZONE).plusHours(1), caseId);
        assertThat(view(caseId).get("status").asText()).isEqualTo("expired");
        var code = view(caseId).get("card").get("verificationCode").asText();
        assertThat(http.getForObject("/public/cards/" + code, JsonNode.class).get("status").asText()).isEqualTo("expired");
    }

    @Test
    void aRevokedCardChecksAsRevoked() {
        var caseId = issuedCard("revoke@example.org");
        assertProblem(staff().post("/api/card-applications/" + caseId + "/revocation", Map.of("reason", " ")),
                HttpStatus.BAD_REQUEST, "request.invalid-fields");
        assertThat(staff().post("/api/card-applications/" + caseId + "/revocation", Map.of("reason", "Missbrauch"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var code = view(caseId).get("card").get("verificationCode").asText();
        assertThat(http.getForObject("/public/cards/" + code, JsonNode.class).get("status").asText()).isEqualTo("revoked");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
        assertProblem(staff().post("/api/card-applications/" + caseId + "/withdrawal", Map.of("reason", "x")),
                HttpStatus.CONFLICT, "card.withdrawal-too-late");
    }

    @Test
    void badApplicationsAreRejectedAndChangeNothing() {
        var before = eventCount();
        assertProblem(staff().post("/api/card-applications", application(applicant, List.of())),
                HttpStatus.BAD_REQUEST, "request.invalid-fields");
        var six = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 6; i++) {
            six.add(organisation("Verein " + i, "v" + i + "@example.org", 1));
        }
        assertProblem(staff().post("/api/card-applications", application(applicant, six)), HttpStatus.BAD_REQUEST,
                "request.invalid-fields");
        var unborn = application(applicant, List.of(organisation("Chor", "chor@example.org", 5)));
        unborn.put("applicant", Map.of("name", applicant, "birthDate", "2030-01-01", "street", "Hauptstraße 1",
                "postalCode", "12345", "city", "Musterstadt", "email", "anna@example.org"));
        assertProblem(staff().post("/api/card-applications", unborn), HttpStatus.UNPROCESSABLE_ENTITY,
                "card.birth-date-in-future");
        var unknown = application(applicant, List.of(organisation("Chor", "chor@example.org", 5)));
        unknown.put("program", "hamburg");
        assertProblem(staff().post("/api/card-applications", unknown), HttpStatus.UNPROCESSABLE_ENTITY,
                "card.unknown-program");
        var notOffered = application(applicant, List.of(organisation("Chor", "chor@example.org", 5)));
        notOffered.put("program", "rlp");
        assertProblem(staff().post("/api/card-applications", notOffered), HttpStatus.UNPROCESSABLE_ENTITY,
                "card.program-not-offered");
        assertProblem(http.exchange("/public/confirmations/unknown-token", HttpMethod.POST,
                new HttpEntity<>(Map.of("decision", "confirm"), jsonContent()), JsonNode.class),
                HttpStatus.NOT_FOUND, "confirmation.unknown-link");
        assertProblem(as("trainer").post("/api/card-applications",
                application(applicant, List.of(organisation("Chor", "chor@example.org", 5)))), HttpStatus.FORBIDDEN, null);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void staffListAndCountTheirMunicipalitysApplications() {
        var caseId = submitted("list@example.org");
        var listed = staff().read("/api/card-applications?status=awaiting-confirmation&program=nrw&q="
                + applicant.substring(14));
        assertThat(listed.get("items")).extracting(node -> node.get("caseId").asText()).containsExactly(caseId);
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(as("staff-b").read("/api/card-applications?q=" + applicant.substring(14)).get("total").asLong())
                .isZero();
        assertProblem(as("staff-b").get("/api/card-applications/" + caseId), HttpStatus.FORBIDDEN, null);
        var statistics = staff().read("/api/card-applications/statistics?year=2026");
        assertThat(statistics.get("byStatus").get("awaiting-confirmation").asLong()).isPositive();
        assertThat(statistics.get("byMonth").get("2026-03").asLong()).isPositive();
        assertThat(statistics.get("byProgram").get("nrw").asLong()).isPositive();
    }

    static HttpHeaders jsonAccept() {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    static HttpHeaders jsonContent() {
        var headers = jsonAccept();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
