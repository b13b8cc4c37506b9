package de.casebook.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The trainer pathway through the API: a certified mentor proposed, admitted by the Landesnetzwerk,
 * trained module by module, registered with an account, then leading a course and signing off there.
 */
class TrainerPathwayIT extends CasebookIntegrationTest {

    private static final List<String> MODULES = List.of("Rolle und Haltung als Mentorentrainer:in",
            "Kursdidaktik und Methoden", "Praxis im Tandem");

    @Test
    void theDemoTrainersAreInTheRegisterFromTheStart() {
        var register = staff().read("/api/trainers");
        assertThat(usernames(register)).contains("trainer", "trainer2");
        var helga = entryOf(register, "trainer");
        assertThat(helga.get("name").asText()).isEqualTo("Helga Brandt");
        assertThat(helga.get("municipality").asText()).isEqualTo("musterstadt");
        assertThat(helga.get("qualifiedSince").asText()).isEqualTo("2023-03-15");
        assertThat(as("staff-b").read("/api/trainers")).as("another municipality's register").isEmpty();
        assertProblem(as("jury1").get("/api/trainers"), HttpStatus.FORBIDDEN, null);
    }

    @Test
    void aCertifiedMentorBecomesATrainerWhoLeadsACourseAndSignsOffHours() {
        var mentorCourse = scheduleCourse();
        var mentorCaseId = certifiedCase(mentorCourse);

        // before the pathway: trainer3 is a trainer account, but not in the register
        assertProblem(staff().post("/api/courses", course(List.of("trainer3"))), HttpStatus.UNPROCESSABLE_ENTITY,
                "course.trainer-not-registered");
        assertProblem(as("trainer3").post("/api/courses/" + mentorCourse + "/sessions", Map.of("date",
                        clock.today().minusDays(1).toString(), "hours", "2", "module", "Verbindungen schaffen",
                        "participants", List.of(mentorCaseId))),
                HttpStatus.FORBIDDEN, "trainer.not-registered");

        var caseId = staff().ok("/api/trainer-qualifications", Map.of("qualificationCaseId", mentorCaseId,
                "reason", "Leitet seit zwei Jahren das Mentorenteam der Grundschule Süd")).get("caseId").asText();
        var proposed = trainerCase(caseId);
        assertThat(proposed.get("status").asText()).isEqualTo("proposed");
        assertThat(proposed.get("caseNumber").asText()).matches("MT-\\d{4}-\\d{4}");
        assertThat(proposed.get("mentorCaseId").asText()).isEqualTo(mentorCaseId);
        assertThat(proposed.get("candidate").get("name").asText()).isEqualTo("Anna Beispiel");
        assertProblem(staff().post("/api/trainer-qualifications", Map.of("qualificationCaseId", mentorCaseId,
                "reason", "noch einmal")), HttpStatus.CONFLICT, "trainer.already-proposed");

        assertProblem(staff().post("/api/tasks/" + openTask(as("coordinator"), caseId, "user_admit_trainer_candidate")
                .get("id").asText() + "/complete", Map.of("decision", "admit")), HttpStatus.FORBIDDEN, null);
        completeTask(as("coordinator"), caseId, "user_admit_trainer_candidate",
                Map.of("decision", "admit", "reason", "Passt gut in den Landkreis"));
        assertThat(trainerCase(caseId).get("status").asText()).isEqualTo("in-training");

        var signOffs = "/api/trainer-qualifications/" + caseId + "/sign-offs";
        assertProblem(as("trainer3").post(signOffs, moduleSignOff(MODULES.get(0), "8")), HttpStatus.FORBIDDEN,
                "trainer.not-registered");
        assertProblem(trainer().post(signOffs, moduleSignOff("Kochen", "8")), HttpStatus.UNPROCESSABLE_ENTITY,
                "session.unknown-module");
        assertProblem(trainer().post(signOffs, moduleSignOff(MODULES.get(0), "9")), HttpStatus.UNPROCESSABLE_ENTITY,
                "trainer-course.hours-invalid");
        for (var module : MODULES) {
            assertThat(trainerCase(caseId).get("status").asText()).isEqualTo("in-training");
            trainer().ok(signOffs, moduleSignOff(module, "8"));
        }
        var trained = trainerCase(caseId);
        assertThat(trained.get("status").asText()).isEqualTo("requirements-met");
        assertThat(trained.get("hoursSignedOff").decimalValue()).isEqualByComparingTo("24");
        assertThat(trained.get("signOffs")).allSatisfy(signOff ->
                assertThat(signOff.get("signedOffBy").asText()).isEqualTo("trainer"));

        completeTask(as("coordinator"), caseId, "user_register_trainer", Map.of("username", "trainer3"));
        var registered = trainerCase(caseId);
        assertThat(registered.get("status").asText()).isEqualTo("registered");
        assertThat(registered.get("qualifiedSince").asText()).isEqualTo(clock.today().toString());
        assertThat(registered.get("username").asText()).isEqualTo("trainer3");
        assertThat(as("coordinator").read("/api/tasks?caseId=" + caseId)).isEmpty();
        assertThat(entryOf(staff().read("/api/trainers"), "trainer3").get("trainerId").asText()).isEqualTo(caseId);

        var alone = staff().ok("/api/courses", course(List.of("trainer3")));
        assertThat(alone.get("warnings").get(0).asText()).contains("Tandem");
        var tandem = staff().ok("/api/courses", course(List.of("trainer3", "trainer")));
        assertThat(tandem.get("warnings")).isEmpty();
        var courseId = tandem.get("id").asText();
        var participant = admittedParticipant(courseId);
        as("trainer3").ok("/api/courses/" + courseId + "/sessions", Map.of("date",
                clock.today().minusDays(2).toString(), "hours", "3", "module", "Verbindungen schaffen",
                "participants", List.of(participant)));
        assertThat(qualification(participant).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("3");
        assertThat(entryOf(staff().read("/api/trainers"), "trainer3").get("educationProviders"))
                .extracting(JsonNode::asText).containsExactly("Familienbildungsstätte Musterstadt");

        assertThat(eventTypes(caseId)).containsExactly("TrainerCandidateProposedEvent",
                "TrainerCandidateAdmittedEvent", "TrainerModuleSignedOffEvent", "TrainerModuleSignedOffEvent",
                "TrainerModuleSignedOffEvent", "TrainerRequirementsMetEvent", "TrainerRegisteredEvent",
                "TrainerAccountLinkedEvent");
        var history = staff().read("/api/cases/" + caseId + "/history");
        assertThat(StreamSupport.stream(history.spliterator(), false)
                .map(entry -> entry.get("actor").asText() + "/" + entry.get("role").asText()).toList())
                .containsExactly("staff/STAFF", "coordinator/COORDINATOR", "trainer/TRAINER", "trainer/TRAINER",
                        "trainer/TRAINER", "trainer/TRAINER", "coordinator/COORDINATOR", "coordinator/COORDINATOR");
    }

    @Test
    void onlyACertifiedMentorOfTheOwnMunicipalityCanBeProposedAndADeclineNeedsAReason() {
        var courseId = scheduleCourse();
        var attending = admittedParticipant(courseId);
        assertProblem(staff().post("/api/trainer-qualifications", Map.of("qualificationCaseId", attending,
                "reason", "Sehr engagiert")), HttpStatus.UNPROCESSABLE_ENTITY, "trainer.mentor-not-certified");
        var certified = certifiedCase(courseId);
        var proposal = Map.of("qualificationCaseId", certified, "reason", "Sehr engagiert");
        assertProblem(as("staff-b").post("/api/trainer-qualifications", proposal), HttpStatus.FORBIDDEN, null);
        assertProblem(trainer().post("/api/trainer-qualifications", proposal), HttpStatus.FORBIDDEN, null);
        assertProblem(staff().post("/api/trainer-qualifications", Map.of("qualificationCaseId", certified)),
                HttpStatus.BAD_REQUEST, null);
        assertProblem(staff().post("/api/trainer-qualifications", Map.of("qualificationCaseId", "unbekannt",
                "reason", "x")), HttpStatus.NOT_FOUND, "case.not-found");

        var caseId = staff().ok("/api/trainer-qualifications", proposal).get("caseId").asText();
        assertProblem(as("staff-b").get("/api/trainer-qualifications/" + caseId), HttpStatus.FORBIDDEN, null);
        assertProblem(as("trainer3").get("/api/trainer-qualifications/" + caseId), HttpStatus.FORBIDDEN, null);
        assertThat(as("coordinator").read("/api/trainer-qualifications/" + caseId).get("status").asText())
                .isEqualTo("proposed");
        var task = openTask(as("coordinator"), caseId, "user_admit_trainer_candidate").get("id").asText();
        assertProblem(as("coordinator").post("/api/tasks/" + task + "/complete", Map.of("decision", "decline")),
                HttpStatus.UNPROCESSABLE_ENTITY, "reason.required");
        as("coordinator").ok("/api/tasks/" + task + "/complete",
                Map.of("decision", "decline", "reason", "Im Kreis sind genug Trainer:innen"));
        var declined = trainerCase(caseId);
        assertThat(declined.get("status").asText()).isEqualTo("declined");
        assertThat(declined.get("decisionReason").asText()).isEqualTo("Im Kreis sind genug Trainer:innen");
        assertProblem(trainer().post("/api/trainer-qualifications/" + caseId + "/sign-offs",
                moduleSignOff(MODULES.get(0), "4")), HttpStatus.CONFLICT, "trainer-course.not-in-training");

        var again = staff().ok("/api/trainer-qualifications", Map.of("qualificationCaseId", certified,
                "reason", "Ein Jahr später: der Bedarf ist da")).get("caseId").asText();
        assertThat(again).isNotEqualTo(caseId);
    }

    @Test
    void anAccountIsLinkedToOneRegisterEntryOnly() {
        var trainerId = entryOf(staff().read("/api/trainers"), "trainer2").get("trainerId").asText();
        assertProblem(as("coordinator").post("/api/trainers/" + trainerId + "/account", Map.of("username", "trainer")),
                HttpStatus.CONFLICT, "trainer.account-already-linked");
        assertProblem(as("staff-b").post("/api/trainers/" + trainerId + "/account", Map.of("username", "trainer3")),
                HttpStatus.FORBIDDEN, null);
        assertProblem(as("trainer").post("/api/trainers/" + trainerId + "/account", Map.of("username", "trainer3")),
                HttpStatus.FORBIDDEN, null);
        var before = eventCount();
        assertProblem(staff().post("/api/courses", course(List.of("trainer", "trainer"))),
                HttpStatus.UNPROCESSABLE_ENTITY, "course.trainer-twice");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aTrainerTakenOffTheRegisterLeadsNoNewCourse() {
        var account = "neue.trainerin." + System.nanoTime();
        var caseId = registeredTrainer(completedMentor("Jürgen Weiß " + System.nanoTime()), account);
        // an account the identity provider knows (not the demo's list): the register makes it a course trainer
        assertThat(staff().ok("/api/courses", course(List.of(account, "trainer"))).get("warnings")).isEmpty();

        var withdrawal = "/api/trainer-qualifications/" + caseId + "/withdrawal";
        assertProblem(trainer().post(withdrawal, Map.of("reason", "x")), HttpStatus.FORBIDDEN, null);
        assertProblem(as("staff-b").post(withdrawal, Map.of("reason", "x")), HttpStatus.FORBIDDEN, null);
        assertProblem(staff().post(withdrawal, Map.of("reason", " ")), HttpStatus.BAD_REQUEST, null);
        var withdrawn = as("coordinator").ok(withdrawal, Map.of("reason", "Beendet die Tätigkeit als Trainer"));
        assertThat(withdrawn.get("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.has("username")).isFalse();
        assertThat(withdrawn.get("withdrawalReason").asText()).isEqualTo("Beendet die Tätigkeit als Trainer");

        assertProblem(staff().post("/api/courses", course(List.of(account))), HttpStatus.UNPROCESSABLE_ENTITY,
                "course.trainer-not-registered");
        assertThat(StreamSupport.stream(staff().read("/api/trainers").spliterator(), false)
                .map(entry -> entry.get("trainerId").asText())).doesNotContain(caseId);
        assertProblem(staff().post(withdrawal, Map.of("reason", "noch einmal")), HttpStatus.CONFLICT,
                "trainer-qualification.already-ended");
        assertThat(eventTypes(caseId)).last().isEqualTo("TrainerWithdrawnEvent");
    }

    @Test
    void theDataProtectionOfficerForgetsAMentorWhoIsOnTheTrainerPathway() {
        var family = "Łukaszewska" + System.nanoTime();
        var mentorId = completedMentor("Çiğdem " + family);
        var caseId = staff().ok("/api/trainer-qualifications", Map.of("qualificationCaseId", mentorId,
                "reason", "Erfahren")).get("caseId").asText();
        var dpo = as("dpo");
        var subjectId = dpo.read("/api/data-protection/subjects?name=" + family).get(0).get("subjectId").asText();
        assertProblem(dpo.post("/api/data-protection/subjects/" + subjectId + "/erasure",
                Map.of("reason", "Antrag auf Löschung")), HttpStatus.CONFLICT, "privacy.cases-running");
        var erasure = dpo.ok("/api/data-protection/subjects/" + subjectId + "/erasure",
                Map.of("reason", "Antrag auf Löschung", "force", true));
        assertThat(erasure.get("withdrawn")).extracting(JsonNode::asText).containsExactly(caseId);
        var forgotten = trainerCase(caseId);
        assertThat(forgotten.get("status").asText()).isEqualTo("withdrawn");
        assertThat(forgotten.get("candidate").get("name").asText()).isEqualTo("[gelöscht]");
        assertThat(staff().read("/api/cases?q=" + family).get("total").asLong()).isZero();
    }

    /** A mentor certified and with an agreed activity profile: their mentor case has ended. */
    private String completedMentor(String name) {
        var courseId = scheduleCourse();
        var caseId = staff().ok("/api/courses/" + courseId + "/enrolments", Map.of("name", name,
                "email", "mentor." + System.nanoTime() + "@example.org")).get("caseId").asText();
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        for (int day = 9; day > 5; day--) {
            signOff(courseId, clock.today().minusDays(day), "10", caseId);
        }
        completeTask(staff(), caseId, "user_issue_certificate", Map.of());
        completeTask(staff(), caseId, "user_agree_activity_profile", Map.of("fields", List.of("schools")));
        return caseId;
    }

    private String registeredTrainer(String mentorCaseId, String account) {
        var caseId = staff().ok("/api/trainer-qualifications", Map.of("qualificationCaseId", mentorCaseId,
                "reason", "Erfahren")).get("caseId").asText();
        completeTask(as("coordinator"), caseId, "user_admit_trainer_candidate", Map.of("decision", "admit"));
        for (var module : MODULES) {
            trainer().ok("/api/trainer-qualifications/" + caseId + "/sign-offs", moduleSignOff(module, "8"));
        }
        completeTask(as("coordinator"), caseId, "user_register_trainer", Map.of("username", account));
        return caseId;
    }

    private JsonNode trainerCase(String caseId) {
        return staff().read("/api/trainer-qualifications/" + caseId);
    }

    private Map<String, Object> moduleSignOff(String module, String hours) {
        return Map.of("module", module, "date", clock.today().minusDays(5).toString(), "hours", hours,
                "educationProvider", "Landesakademie");
    }

    private Map<String, Object> course(List<String> trainers) {
        return Map.of("title", "Mentorenkurs Nord", "educationProvider", "Familienbildungsstätte Musterstadt",
                "trainers", trainers, "startDate", clock.today().minusDays(10).toString());
    }

    private static List<String> usernames(JsonNode register) {
        return StreamSupport.stream(register.spliterator(), false)
                .filter(entry -> entry.hasNonNull("username")).map(entry -> entry.get("username").asText()).toList();
    }

    private static JsonNode entryOf(JsonNode register, String username) {
        return StreamSupport.stream(register.spliterator(), false)
                .filter(entry -> username.equals(entry.path("username").asText(null))).findFirst()
                .orElseThrow(() -> new AssertionError("no register entry with account " + username + " in " + register));
    }
}
