package de.casebook.app;

import static de.casebook.app.CaseRequests.cardApplication;
import static de.casebook.app.CaseRequests.network;
import static de.casebook.app.CaseRequests.nomination;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;

/**
 * One case of each type in Musterstadt (a card application, a course with a participant and a
 * signed-off session, a nomination, a network), each naming a person only its audience may read;
 * and for every path variable the application's endpoints use, the values that name them.
 */
public record CaseFixture(List<Audience> audiences, Map<String, Map<String, Audience>> values) {

    /** Who may see a case of the fixture; others must be refused; roles in neither are not asserted. */
    public record Audience(String secret, Set<String> allowed, Set<String> refused) {
    }

    /** Every demo user with a role: own municipality (Musterstadt), another one (staff-b) and the Land. */
    public static final List<String> USERS = List.of("staff", "staff-b", "trainer", "trainer2", "auditor", "admin",
            "coordinator", "ministry", "jury1", "mayor", "dpo");

    /** Path variable → the values to try, each with who may see what it names. */
    public static CaseFixture create(CasebookIntegrationTest test, TaskService taskService) {
        var today = test.clock.today();
        var family = familyName();
        // the data protection officer sees every person of the municipality, in the report on them only
        var card = new Audience("Öztürk-" + family, Set.of("staff", "auditor", "admin", "dpo"),
                Set.of("staff-b", "trainer", "trainer2", "coordinator", "ministry", "jury1", "mayor", "dpo"));
        var qualification = new Audience("Weiß-" + family, Set.of("staff", "auditor", "admin", "trainer", "dpo"),
                Set.of("staff-b", "trainer2", "coordinator", "ministry", "jury1", "mayor", "dpo"));
        var nominee = new Audience("Müller-" + family, Set.of("staff", "mayor", "dpo"),
                Set.of("staff-b", "trainer", "trainer2", "coordinator", "ministry", "jury1", "auditor", "admin", "dpo"));
        // staff of every municipality see a network as an outsider may (to decide whether to apply)
        var network = new Audience("Netzwerk Süd-" + family, Set.copyOf(USERS),
                Set.of("trainer", "trainer2", "jury1", "mayor", "dpo"));
        // a trainer candidacy: the office, the coordinators who decide it, the registered trainers who train
        var candidate = new Audience("Kowalczyk-" + family, Set.of("staff", "auditor", "admin", "coordinator",
                "trainer", "trainer2", "dpo"), Set.of("staff-b", "ministry", "jury1", "mayor", "dpo"));
        var audiences = List.of(card, qualification, nominee, candidate);

        var cardId = test.staff().ok("/api/card-applications", cardApplication("Çiğdem Öztürk-" + family,
                LocalDate.of(1980, 5, 17))).get("caseId").asText();
        var courseId = test.scheduleCourse();
        var qualificationId = test.staff().ok("/api/courses/" + courseId + "/enrolments",
                Map.of("name", "Jürgen Weiß-" + family, "email", "juergen.weiss@example.org")).get("caseId").asText();
        test.completeTask(test.staff(), qualificationId, "user_admit_participant", Map.of("decision", "admit"));
        var sessionId = test.signOff(courseId, today.minusDays(3), "4", qualificationId);
        var nominationId = test.staff().ok("/api/nominations", nomination("Hildegard Müller-" + family, today))
                .get("caseId").asText();
        var networkId = test.as("ministry").ok("/api/networks", network("Netzwerk Süd-" + family, today))
                .get("networkId").asText();
        var mentorId = test.staff().ok("/api/courses/" + courseId + "/enrolments",
                Map.of("name", "Zofia Kowalczyk-" + family, "email", "zofia.kowalczyk@example.org")).get("caseId").asText();
        test.completeTask(test.staff(), mentorId, "user_admit_participant", Map.of("decision", "admit"));
        test.signOff(courseId, today.minusDays(4), "12", mentorId);
        test.signOff(courseId, today.minusDays(3), "12", mentorId);
        test.signOff(courseId, today.minusDays(2), "12", mentorId);
        test.signOff(courseId, today.minusDays(1), "4", mentorId);
        test.completeTask(test.staff(), mentorId, "user_issue_certificate", Map.of());
        var candidacyId = test.staff().ok("/api/trainer-qualifications", Map.of("qualificationCaseId", mentorId,
                "reason", "Engagiert")).get("caseId").asText();
        test.runJobs(cardId);
        var mailId = test.jdbc.sql("SELECT min(id) FROM outbox_mail WHERE case_id = ?").param(cardId)
                .query(Long.class).single();

        var cases = new LinkedHashMap<String, Audience>();
        cases.put(cardId, card);
        cases.put(qualificationId, qualification);
        cases.put(nominationId, nominee);
        cases.put(networkId, network);
        cases.put(candidacyId, candidate);
        var tasks = new LinkedHashMap<String, Audience>();
        cases.forEach((caseId, audience) -> taskService.createTaskQuery().processInstanceBusinessKey(caseId).list()
                .stream().findFirst().ifPresent(task -> tasks.put(task.getId(), audience)));

        var values = new HashMap<String, Map<String, Audience>>();
        values.put("caseId", cases);
        values.put("taskId", tasks);
        values.put("courseId", Map.of(courseId, qualification));
        values.put("sessionId", Map.of(sessionId, qualification));
        values.put("networkId", Map.of(networkId, network));
        values.put("trainerId", Map.of(candidacyId, candidate));
        values.put("mailId", Map.of(String.valueOf(mailId), card));
        values.put("organisation", Map.of("0", card));
        values.put("municipality", unasserted("musterstadt"));
        values.put("name", unasserted("case-index"));
        values.put("code", unasserted("UNBEKANNT"));
        values.put("token", unasserted("unbekannt"));
        values.put("id", unasserted(UUID.randomUUID().toString()));
        var applicant = org.awaitility.Awaitility.await().until(() -> test.jdbc.sql(
                "SELECT subject_id FROM data_subject WHERE aggregate_id = ? AND role = 'applicant'").param(cardId)
                .query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
        var subjects = unasserted(applicant);
        subjects.put("unbekannt", null);
        values.put("subjectId", subjects);
        var blocks = unasserted("1");
        blocks.put("424242", null);
        values.put("block", blocks);
        return new CaseFixture(audiences, values);
    }

    /**
     * A second family name no other test uses (like Łukaszbdfkoa), so that whatever names it is
     * this fixture's case, and a second fixture in the same database is another set of people.
     */
    private static String familyName() {
        var letters = new StringBuilder("Łukasz");
        for (var digit : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(digit, 16)));
        }
        return letters.toString();
    }

    private static Map<String, Audience> unasserted(String value) {
        var values = new HashMap<String, Audience>();
        values.put(value, null);
        return values;
    }
}
