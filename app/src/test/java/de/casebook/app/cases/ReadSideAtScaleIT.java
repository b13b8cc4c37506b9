package de.casebook.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Beyond the old caps (the newest 2,000 applications, 500 qualifications before the date filter):
 * thousands of cases opened by several clients at once are all counted, found and numbered.
 */
class ReadSideAtScaleIT extends CasebookIntegrationTest {

    private static final int APPLICATIONS = 2100;
    private static final int LATER_QUALIFICATIONS = 600;

    private final String token = Long.toString(System.nanoTime(), 36);

    @Test
    void thousandsOfCasesAreCountedFoundAndNumberedWithoutGaps() throws Exception {
        var before = cardApplications(staff().read("/api/statistics"));
        var first = staff().ok("/api/card-applications", CaseRequests.cardApplication("Erste Antragstellerin " + token,
                LocalDate.of(1970, 1, 1))).get("caseId").asText();
        var courses = List.of(scheduleCourse(clock.today().minusDays(5), Map.of("maxParticipants", 500)),
                scheduleCourse(clock.today().minusDays(5), Map.of("maxParticipants", 500)));
        var early = staff().ok("/api/courses/" + courses.get(0) + "/enrolments",
                Map.of("name", "Frühe Teilnehmerin " + token, "email", "frueh@example.org")).get("caseId").asText();

        var opened = inParallel(4, APPLICATIONS - 1, i -> staff().ok("/api/card-applications",
                CaseRequests.cardApplication("Person " + i + " " + token, LocalDate.of(1950, 1, 1).plusDays(i)))
                .get("caseId").asText());
        inParallel(4, LATER_QUALIFICATIONS, i -> staff().ok("/api/courses/" + courses.get(i % 2) + "/enrolments",
                Map.of("name", "Teilnehmer " + i + " " + token, "email", "t" + i + "@example.org")).get("caseId").asText());

        var statistics = staff().read("/api/statistics");
        assertThat(cardApplications(statistics) - before).isEqualTo(APPLICATIONS);
        assertThat(staff().read("/api/card-applications?q=" + token + "&size=1").get("total").asLong())
                .isEqualTo(APPLICATIONS);
        assertThat(staff().read("/api/cases?q=" + token + "&type=card-application&size=1").get("total").asLong())
                .isEqualTo(APPLICATIONS);

        var firstNumber = staff().read("/api/card-applications/" + first).get("caseNumber").asText();
        assertThat(ids(staff().read("/api/cases?q=Erste Antragstellerin " + token))).containsExactly(first);
        assertThat(ids(staff().read("/api/cases?number=" + firstNumber))).containsExactly(first);

        var today = clock.today();
        assertThat(ids(staff().read("/api/cases?q=Frühe Teilnehmerin " + token + "&type=qualification&openedFrom="
                + today + "&openedTo=" + today))).containsExactly(early);

        var numbers = new ArrayList<Integer>();
        numbers.add(Integer.parseInt(firstNumber.substring(8)));
        for (var caseId : opened) {
            numbers.add(Integer.parseInt(staff().read("/api/card-applications/" + caseId).get("caseNumber").asText()
                    .substring(8)));
        }
        numbers.sort(null);
        assertThat(numbers).as("distinct numbers without gaps").doesNotHaveDuplicates();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).isEqualTo(APPLICATIONS - 1);
    }

    private static long cardApplications(JsonNode statistics) {
        for (var caseType : statistics.get("caseTypes")) {
            if (caseType.get("caseType").asText().equals("card-application")) {
                return caseType.get("total").asLong();
            }
        }
        throw new AssertionError("no card applications in " + statistics);
    }

    private static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.get("items").forEach(item -> ids.add(item.get("caseId").asText()));
        return ids;
    }

    interface Step {
        String run(int i) throws Exception;
    }

    private static List<String> inParallel(int clients, int count, Step step) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < count; i++) {
                var index = i;
                futures.add(pool.submit((Callable<String>) () -> step.run(index)));
            }
            var results = new ArrayList<String>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
