package de.casebook.app.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PdfText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class MentorQualificationApiIT extends CasebookIntegrationTest {

    @Test
    void aCourseGetsTheProgrammeDefaults() {
        var start = clock.today();
        var course = staff().read("/api/courses/" + scheduleCourse(start, Map.of()));
        assertThat(course.get("endDate").asText()).isEqualTo(start.plusMonths(3).toString());
        assertThat(course.get("requiredHours").decimalValue()).isEqualByComparingTo("40");
        assertThat(course.get("maxParticipants").asInt()).isEqualTo(14);
        assertThat(course.get("modules")).extracting(module -> module.asText()).containsExactly(
                "Mentorat für Bürgerengagement", "Perspektiven erweitern – Engagement zum Anfassen",
                "Verbindungen schaffen");
    }

    @Test
    void aParticipantGoesFromEnrolmentToCompletedWithACertificate() {
        var courseId = scheduleCourse();
        var caseId = enrol(courseId);
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("registered");

        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("attending");

        for (int day = 10; day > 6; day--) {
            signOff(courseId, clock.today().minusDays(day), "10", caseId);
        }
        var met = qualification(caseId);
        assertThat(met.get("status").asText()).isEqualTo("requirements-met");
        assertThat(met.get("hoursSignedOff").decimalValue()).isEqualByComparingTo("40");

        completeTask(staff(), caseId, "user_issue_certificate", Map.of());
        var certified = qualification(caseId);
        assertThat(certified.get("status").asText()).isEqualTo("certified");
        assertThat(certified.get("certificateNumber").asText()).matches("BM-" + clock.today().getYear() + "-\\d{4}");

        completeTask(staff(), caseId, "user_agree_activity_profile", Map.of("fields", List.of("schools", "families")));
        var completed = qualification(caseId);
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("activityProfile")).extracting(field -> field.asText())
                .containsExactly("schools", "families");
        assertThat(staff().read("/api/tasks?caseId=" + caseId)).isEmpty();

        var pdf = staff().download("/api/qualifications/" + caseId + "/certificate");
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(PdfText.of(pdf.getBody())).contains("Anna Beispiel", qualification(caseId).get("caseNumber").asText());
    }

    @Test
    void theCertificatePrintsANameAsItIsWritten() {
        var courseId = scheduleCourse();
        var caseId = staff().ok("/api/courses/" + courseId + "/enrolments", Map.of("name", "Çiğdem Öztürk-Łukasz",
                "email", "cigdem.certificate@example.org")).get("caseId").asText();
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        signOff(courseId, clock.today().minusDays(9), "12", caseId);
        signOff(courseId, clock.today().minusDays(8), "12", caseId);
        signOff(courseId, clock.today().minusDays(7), "12", caseId);
        signOff(courseId, clock.today().minusDays(6), "4", caseId);
        completeTask(staff(), caseId, "user_issue_certificate", Map.of());

        var pdf = staff().download("/api/qualifications/" + caseId + "/certificate").getBody();
        var text = PdfText.of(pdf).replaceAll("\\s+", " ");
        var german = java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.GERMANY);
        assertThat(text).contains("Çiğdem Öztürk-Łukasz", "Aktenzeichen " + qualification(caseId).get("caseNumber").asText(),
                "Musterstadt, " + german.format(clock.today()),
                "bis " + german.format(clock.today().minusDays(6)) + " am Kurs",
                "von Stadt Musterstadt", "40 der geforderten 40 Stunden", "Unterschrift",
                "Für Stadt Musterstadt, Stabsstelle Bürgerengagement");
        assertThat(PdfText.info(pdf)).containsEntry("Author", "Stadt Musterstadt").containsEntry("Lang", "de-DE");
    }

    @Test
    void caseNumbersCountUpPerMunicipalityAndYearAndTheCertificateCarriesTheCaseNumber() {
        var courseId = scheduleCourse();
        var first = certifiedCase(courseId);
        var second = certifiedCase(courseId);
        var firstNumber = qualification(first).get("caseNumber").asText();
        var secondNumber = qualification(second).get("caseNumber").asText();
        assertThat(firstNumber).matches("BM-" + clock.today().getYear() + "-\\d{4}");
        assertThat(Integer.parseInt(secondNumber.substring(8))).isEqualTo(Integer.parseInt(firstNumber.substring(8)) + 1);
        assertThat(qualification(first).get("certificateNumber").asText()).isEqualTo(firstNumber);
        var otherMunicipality = as("staff-b").read("/api/cases?type=qualification").get("items");
        assertThat(otherMunicipality).extracting(item -> item.get("caseId").asText()).doesNotContain(first, second);
    }

    @Test
    void everyStepIsAnEventWithWhoWhenRoleAndTask() {
        var courseId = scheduleCourse();
        var caseId = admittedParticipant(courseId);
        var sessionId = signOff(courseId, clock.today().minusDays(3), "2.5", caseId);
        trainer().ok("/api/qualifications/" + caseId + "/sign-offs/" + sessionId + "/revocation",
                Map.of("reason", "Doppelt erfasst"));

        var history = as("auditor").read("/api/cases/" + caseId + "/history");
        assertThat(history).extracting(entry -> entry.get("type").asText()).containsExactly(
                "ParticipantRegisteredEvent", "ParticipantAdmittedEvent", "CourseHoursSignedOffEvent",
                "CourseHoursSignOffRevokedEvent");
        var admitted = history.get(1);
        assertThat(admitted.get("actor").asText()).isEqualTo("staff");
        assertThat(admitted.get("role").asText()).isEqualTo("STAFF");
        assertThat(admitted.get("municipality").asText()).isEqualTo("musterstadt");
        assertThat(admitted.get("taskId").asText()).isNotBlank();
        assertThat(admitted.get("correlationId").asText()).isNotBlank();
        assertThat(admitted.get("sequence").asLong()).isEqualTo(1);
        var revoked = history.get(3);
        assertThat(revoked.get("actor").asText()).isEqualTo("trainer");
        assertThat(revoked.get("role").asText()).isEqualTo("TRAINER");
        assertThat(revoked.get("payload").get("reason").asText()).isEqualTo("Doppelt erfasst");
        assertThat(qualification(caseId).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void theStateOfACaseCanBeReadAsItWasAtAnEarlierInstant() {
        var courseId = scheduleCourse();
        var caseId = enrol(courseId);
        var history = staff().read("/api/cases/" + caseId + "/history");
        var registeredAt = Instant.parse(history.get(0).get("occurredAt").asText());
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));

        var before = staff().read("/api/qualifications/" + caseId + "?asOf=" + registeredAt);
        assertThat(before.get("status").asText()).isEqualTo("registered");
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("attending");
        var untilRegistered = staff().read("/api/cases/" + caseId + "/history?until=" + registeredAt);
        assertThat(untilRegistered).hasSize(1);
        var tooEarly = staff().get("/api/qualifications/" + caseId + "?asOf=" + registeredAt.minusSeconds(60));
        assertProblem(tooEarly, HttpStatus.NOT_FOUND, "case.not-yet-existing");
    }

    @Test
    void aDeclinedParticipantFreesTheirPlace() {
        var courseId = scheduleCourse(clock.today().minusDays(5), Map.of("maxParticipants", 1));
        var declined = enrol(courseId);
        assertProblem(staff().post("/api/courses/" + courseId + "/enrolments",
                Map.of("name", "Ben", "email", "ben@example.org")), HttpStatus.UNPROCESSABLE_ENTITY, "course.full");
        completeTask(staff(), declined, "user_admit_participant", Map.of("decision", "decline", "reason", "Kein Wohnsitz"));
        assertThat(qualification(declined).get("status").asText()).isEqualTo("declined");
        assertThat(enrol(courseId)).isNotBlank();
        assertThat(staff().read("/api/courses/" + courseId).get("participants")).hasSize(1);
    }

    @Test
    void aWithdrawalEndsTheProcessAndFreesThePlace() {
        var courseId = scheduleCourse(clock.today().minusDays(5), Map.of("maxParticipants", 1));
        var caseId = admittedParticipant(courseId);
        var withdrawn = staff().ok("/api/qualifications/" + caseId + "/withdrawal", Map.of("reason", "Umzug"));
        assertThat(withdrawn.get("status").asText()).isEqualTo("withdrawn");
        assertThat(staff().read("/api/tasks?caseId=" + caseId)).isEmpty();
        assertThat(eventTypes(caseId)).last().isEqualTo("ParticipantWithdrawnEvent");
        assertThat(staff().read("/api/courses/" + courseId).get("participants")).isEmpty();
    }

    @Test
    void aRevocationAfterTheRequirementsWereMetSendsTheCaseBackToCollectingHours() {
        var courseId = scheduleCourse();
        var caseId = admittedParticipant(courseId);
        signOff(courseId, clock.today().minusDays(4), "12", caseId);
        signOff(courseId, clock.today().minusDays(3), "12", caseId);
        signOff(courseId, clock.today().minusDays(2), "12", caseId);
        var last = signOff(courseId, clock.today().minusDays(1), "4", caseId);
        openTask(staff(), caseId, "user_issue_certificate");

        staff().ok("/api/qualifications/" + caseId + "/sign-offs/" + last + "/revocation", Map.of("reason", "Nicht da"));
        assertThat(qualification(caseId).get("status").asText()).isEqualTo("attending");
        assertThat(staff().read("/api/tasks?caseId=" + caseId)).isEmpty();

        signOff(courseId, clock.today(), "4", caseId);
        openTask(staff(), caseId, "user_issue_certificate");
    }
}
