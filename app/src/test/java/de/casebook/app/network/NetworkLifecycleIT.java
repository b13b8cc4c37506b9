package de.casebook.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.Api;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.domain.shared.CaseCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A network through the API from founding to closing, with its timers fired under a moved clock. */
class NetworkLifecycleIT extends CasebookIntegrationTest {

    static final ZonedDateTime FOUNDED = LocalDate.of(2026, 1, 5).atStartOfDay(CaseCalendar.ZONE).plusHours(10);

    @BeforeEach
    void foundingDay() {
        clock.moveTo(FOUNDED.toInstant());
    }

    static Map<String, Object> network(LocalDate endDate) {
        var network = new HashMap<String, Object>(Map.of("name", "Kommunen-Netzwerk: engagiert",
                "kind", "municipalities", "leadOrganisation", "Landesnetzwerk", "coordinators", List.of("coordinator"),
                "goals", List.of(Map.of("text", "Ehrenamtskarte in allen Mitgliedskommunen", "reviewEveryMonths", 12))));
        if (endDate != null) {
            network.put("endDate", endDate.toString());
        }
        return network;
    }

    static Map<String, Object> application(String municipality, boolean declarationSigned) {
        return Map.of("municipality", municipality, "contactPerson", "Frau Beispiel",
                "declarationSigned", declarationSigned, "cardProgramme", "nrw");
    }

    Map<String, Object> grant(String amount, int daysBeforeStart) {
        return Map.of("municipality", "beispielheim", "title", "Engagement-Werkstatt",
                "measureStart", clock.today().plusDays(daysBeforeStart).toString(), "amountEur", amount,
                "targetGroups", List.of("Jugendliche"));
    }

    String foundedNetwork(LocalDate endDate) {
        return as("ministry").ok("/api/networks", network(endDate)).get("networkId").asText();
    }

    String withMember(String networkId) {
        as("staff-b").ok("/api/networks/" + networkId + "/membership-applications", application("beispielheim", true));
        completeTask(coordinator(), networkId, "user_decide_membership", Map.of("decision", "admit"));
        return networkId;
    }

    Api coordinator() {
        return as("coordinator");
    }

    JsonNode view(String networkId) {
        return coordinator().read("/api/networks/" + networkId);
    }

    /**
     * Moves the clock and fires the network's due timers, as the job executor would. Camunda
     * computes timer cycles in the JVM's zone, so tests move a day into a period, not to its hour.
     */
    void moveTo(ZonedDateTime time, String networkId) {
        clock.moveTo(time.toInstant());
        for (var instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(networkId).list()) {
            dueTimers(instance).forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    List<org.camunda.bpm.engine.runtime.Job> dueTimers(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().executable().list();
    }

    @Test
    void foundedMembersMeetingsAReviewThatEndsItAndAFinalReport() {
        var networkId = withMember(foundedNetwork(null));
        assertThat(view(networkId).get("members").get(0).get("municipality").asText()).isEqualTo("beispielheim");

        moveTo(FOUNDED.plusMonths(6).plusDays(1), networkId);
        completeTask(coordinator(), networkId, "user_hold_meeting", Map.of("heldOn", clock.today().toString(),
                "attendees", List.of("beispielheim"), "decisions", "Sprecherteam gewählt\nKarte einführen"));
        var meeting = view(networkId).get("meetings").get(0);
        assertThat(meeting.get("attendees").get(0).asText()).isEqualTo("beispielheim");
        assertThat(meeting.get("decisions")).hasSize(2);

        moveTo(FOUNDED.plusMonths(12).plusDays(1), networkId);
        completeTask(coordinator(), networkId, "user_review_goal", Map.of("outcome", "propose-ending",
                "comment", "Alle Kommunen haben die Karte"));
        completeTask(coordinator(), networkId, "user_agree_ending", Map.of("decision", "end",
                "reason", "Ziel erreicht: Mut zum Ende"));
        assertThat(view(networkId).get("status").asText()).isEqualTo("ending");
        assertProblem(as("staff").post("/api/networks/" + networkId + "/membership-applications",
                application("musterstadt", true)), HttpStatus.CONFLICT, "network.ending");
        assertProblem(as("staff-b").post("/api/networks/" + networkId + "/grant-requests", grant("500", 40)),
                HttpStatus.CONFLICT, "network.ending");

        completeTask(coordinator(), networkId, "user_wind_down", Map.of("finalReport", "Das Netzwerk hat seine Ziele erreicht."));
        var closed = view(networkId);
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("finalReport").asText()).contains("Ziele erreicht");
        assertThat(eventTypes(networkId)).containsSubsequence("NetworkFoundedEvent", "MembershipAppliedEvent",
                "MemberAdmittedEvent", "MeetingHeldEvent", "GoalReviewedEvent", "NetworkEndingStartedEvent",
                "NetworkClosedEvent");
        var history = as("ministry").read("/api/networks/" + networkId + "/history");
        var ending = history.get(history.size() - 2);
        assertThat(ending.get("actor").asText()).isEqualTo("coordinator");
        assertThat(ending.get("role").asText()).isEqualTo("COORDINATOR");
        assertThat(ending.get("taskId").asText()).isNotBlank();
    }

    @Test
    void endsByItsEndDateAndShowsItAsOfBefore() {
        var networkId = foundedNetwork(FOUNDED.toLocalDate().plusYears(2));
        var twoYears = FOUNDED.plusYears(2).toLocalDate().atStartOfDay(CaseCalendar.ZONE);
        moveTo(twoYears.minusHours(1), networkId);
        assertThat(view(networkId).get("status").asText()).isEqualTo("active");
        var beforeTheEnd = twoYears.minusMinutes(30).toInstant();
        moveTo(twoYears.plusMinutes(1), networkId);
        var ending = view(networkId);
        assertThat(ending.get("status").asText()).isEqualTo("ending");
        assertThat(ending.get("endingReason").asText()).isEqualTo("end-date-reached");
        var history = as("ministry").read("/api/networks/" + networkId + "/history");
        assertThat(history.get(history.size() - 1).get("actor").asText()).isEqualTo("system");
        completeTask(coordinator(), networkId, "user_wind_down", Map.of("finalReport", "Befristung erreicht."));
        assertThat(view(networkId).get("status").asText()).isEqualTo("closed");
        assertThat(coordinator().read("/api/networks/" + networkId + "?asOf=" + beforeTheEnd)
                .get("status").asText()).isEqualTo("active");
    }

    @Test
    void aMembershipMissingAPrerequisiteIsDeclinedWithAReason() {
        var networkId = foundedNetwork(null);
        as("staff").ok("/api/networks/" + networkId + "/membership-applications", application("musterstadt", false));
        var application = view(networkId).get("applications").get(0);
        assertThat(application.get("missingPrerequisites").get(0).asText()).isEqualTo("declaration-signed");
        var task = openTask(coordinator(), networkId, "user_decide_membership");
        var before = eventCount();
        assertProblem(coordinator().post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("decision", "admit")), HttpStatus.UNPROCESSABLE_ENTITY, "membership.prerequisites-missing");
        assertProblem(coordinator().post("/api/tasks/" + task.get("id").asText() + "/complete",
                Map.of("decision", "decline")), HttpStatus.UNPROCESSABLE_ENTITY, "reason.required");
        assertThat(eventCount()).isEqualTo(before);
        completeTask(coordinator(), networkId, "user_decide_membership", Map.of("decision", "decline",
                "reason", "Gemeinsame Erklärung fehlt"));
        var declined = view(networkId);
        assertThat(declined.get("applications").get(0).get("status").asText()).isEqualTo("declined");
        assertThat(declined.get("members")).isEmpty();
    }

    @Test
    void aGrantIsReviewedApprovedPaidInTwoInstalmentsAndClosedByItsProofOfUse() {
        var networkId = withMember(foundedNetwork(null));
        as("staff-b").ok("/api/networks/" + networkId + "/grant-requests", grant("3000.00", 28));
        completeTask(coordinator(), networkId, "user_review_grant", Map.of("recommendation", "approve"));
        var ministry = as("ministry");
        completeTask(ministry, networkId, "user_decide_grant", Map.of("decision", "approve",
                "approvedAmountEur", "2500", "instalments", 2));
        completeTask(ministry, networkId, "user_record_payment", Map.of("amountEur", "1000",
                "paidOn", clock.today().toString()));
        assertThat(view(networkId).get("grants").get(0).get("status").asText()).isEqualTo("partly-paid");
        var payment = openTask(ministry, networkId, "user_record_payment");
        assertProblem(ministry.post("/api/tasks/" + payment.get("id").asText() + "/complete",
                Map.of("amountEur", "1000", "paidOn", clock.today().toString())), HttpStatus.UNPROCESSABLE_ENTITY,
                "grant.payment-invalid");
        completeTask(ministry, networkId, "user_record_payment", Map.of("amountEur", "1500",
                "paidOn", clock.today().toString()));
        completeTask(ministry, networkId, "user_check_proof_of_use", Map.of("comment", "Nachweis vollständig"));
        var grant = view(networkId).get("grants").get(0);
        assertThat(grant.get("status").asText()).isEqualTo("closed");
        assertThat(grant.get("paidEur").decimalValue()).isEqualByComparingTo("2500");
        assertThat(grant.get("advisoryRecommendation").asText()).isEqualTo("approve");
        assertProblem(as("staff-b").post("/api/networks/" + networkId + "/grant-requests", grant("500.01", 40)),
                HttpStatus.UNPROCESSABLE_ENTITY, "grant.total-too-high");
    }

    @Test
    void aGrantWaitsForBudgetComesBackOnItsFollowUpDateAndIsDeclined() {
        var networkId = withMember(foundedNetwork(null));
        as("staff-b").ok("/api/networks/" + networkId + "/grant-requests", grant("1000", 60));
        completeTask(coordinator(), networkId, "user_review_grant", Map.of("recommendation", "approve"));
        var ministry = as("ministry");
        completeTask(ministry, networkId, "user_decide_grant", Map.of("decision", "wait-for-budget",
                "followUpOn", clock.today().plusDays(21).toString(), "reason", "Haushaltssperre"));
        assertThat(view(networkId).get("grants").get(0).get("status").asText()).isEqualTo("waiting-for-budget");
        assertThat(ministry.read("/api/tasks?caseId=" + networkId)).isEmpty();
        moveTo(FOUNDED.plusDays(22), networkId);
        completeTask(ministry, networkId, "user_decide_grant", Map.of("decision", "decline",
                "reason", "Keine Haushaltsmittel mehr"));
        var grant = view(networkId).get("grants").get(0);
        assertThat(grant.get("status").asText()).isEqualTo("declined");
        assertThat(grant.get("reason").asText()).isEqualTo("Keine Haushaltsmittel mehr");
    }

    @Test
    void grantRulesAndBadInputAreRejectedAndChangeNothing() {
        var networkId = withMember(foundedNetwork(null));
        var grants = "/api/networks/" + networkId + "/grant-requests";
        var before = eventCount();
        assertProblem(as("staff-b").post(grants, grant("3000.01", 40)), HttpStatus.UNPROCESSABLE_ENTITY,
                "grant.amount-too-high");
        assertProblem(as("staff-b").post(grants, grant("1000", 27)), HttpStatus.UNPROCESSABLE_ENTITY, "grant.too-late");
        assertProblem(as("staff-b").post(grants, grant("1000", 400)), HttpStatus.UNPROCESSABLE_ENTITY,
                "grant.other-year");
        assertProblem(as("staff-b").post(grants, Map.of("municipality", "beispielheim")), HttpStatus.BAD_REQUEST,
                "request.invalid-fields");
        var notMember = new HashMap<>(grant("1000", 40));
        notMember.put("municipality", "musterstadt");
        assertProblem(as("staff").post(grants, notMember), HttpStatus.UNPROCESSABLE_ENTITY, "network.not-a-member");
        assertProblem(as("staff-b").post(grants, notMember), HttpStatus.FORBIDDEN, null);
        assertProblem(as("staff-b").post("/api/networks/unknown/grant-requests", grant("1000", 40)),
                HttpStatus.NOT_FOUND, "case.not-found");
        assertProblem(as("staff-b").post("/api/networks/" + networkId + "/membership-applications",
                application("beispielheim", true)), HttpStatus.CONFLICT, "network.already-member");
        assertProblem(as("staff-b").post("/api/networks/" + networkId + "/membership-applications",
                Map.of("municipality", "beispielheim")), HttpStatus.BAD_REQUEST, "request.invalid-fields");
        assertProblem(as("auditor").post(grants, grant("1000", 40)), HttpStatus.FORBIDDEN, null);
        assertThat(eventCount()).isEqualTo(before);
        as("staff-b").ok(grants, grant("1000", 28));
        as("staff-b").ok(grants, grant("1000", 28));
        assertProblem(as("staff-b").post(grants, grant("500", 40)), HttpStatus.UNPROCESSABLE_ENTITY,
                "grant.too-many-requests");
    }

    @Test
    void membersLeaveAndTermsAreRenewedOrRunOut() {
        var withTerm = new HashMap<>(network(null));
        withTerm.put("membershipTermYears", 1);
        var networkId = withMember(as("ministry").ok("/api/networks", withTerm).get("networkId").asText());
        as("staff").ok("/api/networks/" + networkId + "/membership-applications", application("musterstadt", true));
        completeTask(coordinator(), networkId, "user_decide_membership", Map.of("decision", "admit"));
        var renewed = coordinator().ok("/api/networks/" + networkId + "/members/musterstadt/renewal", Map.of());
        assertThat(renewed.get("memberUntil").asText()).isEqualTo(FOUNDED.toLocalDate().plusYears(2).minusDays(1).toString());
        assertThat(as("staff-b").post("/api/networks/" + networkId + "/members/beispielheim/leave",
                Map.of("reason", "Ratsbeschluss")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(as("staff-b").post("/api/networks/" + networkId + "/members/musterstadt/leave",
                Map.of("reason", "x")), HttpStatus.FORBIDDEN, null);

        moveTo(FOUNDED.plusYears(1).plusDays(1), networkId);
        assertThat(view(networkId).get("members")).extracting(member -> member.get("municipality").asText())
                .containsExactly("musterstadt");
        moveTo(FOUNDED.plusYears(2).plusDays(1), networkId);
        assertThat(view(networkId).get("members")).isEmpty();
        assertThat(eventTypes(networkId)).contains("MemberLeftEvent", "MembershipRenewedEvent",
                "MembershipExpiredEvent");
    }
}
