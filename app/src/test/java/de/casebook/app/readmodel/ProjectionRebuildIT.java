package de.casebook.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Rebuilding a read model from the first event gives the same rows, while the application keeps answering. */
class ProjectionRebuildIT extends CasebookIntegrationTest {

    /** Events of no case, so that a rebuild has enough to read to be watched at work. */
    record Filler(String text) {
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReadModels readModels;

    @Test
    void everyReadModelRebuiltHoldsTheSameRowsAndTheApplicationAnswersMeanwhile() {
        var token = Long.toString(System.nanoTime(), 36);
        openCasesOfEveryType(token);
        storeFillers(30_000);
        awaitCaughtUp();
        var before = checksums();
        var searchBefore = staff().read("/api/cases?q=" + token).get("total").asLong();

        var projections = admin().read("/api/admin/projections");
        assertThat(projections).extracting(projection -> projection.get("name").asText())
                .containsExactlyInAnyOrder("card-applications", "case-index", "courses", "data-subjects", "networks",
                        "nominations", "trainer-register");
        projections.forEach(projection -> {
            var started = admin().post("/api/admin/projections/" + projection.get("name").asText() + "/rebuild", null);
            assertThat(started.getStatusCode().value()).isEqualTo(202);
        });

        var answeredWhileRebuilding = new AtomicInteger();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> {
            var rebuilding = isRebuilding();
            assertThat(staff().read("/api/cases?q=" + token).get("total").asLong()).isEqualTo(searchBefore);
            assertThat(staff().read("/api/statistics").get("caseTypes")).isNotEmpty();
            if (rebuilding) {
                answeredWhileRebuilding.incrementAndGet();
            }
            return !rebuilding;
        });

        assertThat(answeredWhileRebuilding.get()).as("requests answered during the rebuild").isPositive();
        assertThat(admin().read("/api/admin/projections")).allSatisfy(projection -> {
            assertThat(projection.get("status").asText()).isEqualTo("running");
            assertThat(projection.get("rebuild").get("state").asText()).isEqualTo("DONE");
        });
        awaitCaughtUp();
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void casesOpenedDuringARebuildAreInTheRebuiltTables() {
        storeFillers(20_000);
        awaitCaughtUp();
        var token = Long.toString(System.nanoTime(), 36);
        admin().ok("/api/admin/projections/case-index/rebuild", null);
        var opened = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            opened.add(staff().ok("/api/card-applications", CaseRequests.cardApplication("Während " + i + " " + token,
                    LocalDate.of(1990, 2, 1).plusDays(i))).get("caseId").asText());
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> !isRebuilding());
        assertThat(staff().read("/api/cases?q=" + token).get("total").asLong()).isEqualTo(5);
        assertProblemWhenRebuildingTwice();
    }

    private void assertProblemWhenRebuildingTwice() {
        storeFillers(20_000);
        admin().ok("/api/admin/projections/courses/rebuild", null);
        var again = admin().post("/api/admin/projections/courses/rebuild", null);
        if (isRebuilding()) {
            assertProblem(again, org.springframework.http.HttpStatus.CONFLICT, "projection.rebuild-running");
        }
        assertProblem(admin().post("/api/admin/projections/no-such-model/rebuild", null),
                org.springframework.http.HttpStatus.NOT_FOUND, "projection.unknown");
        assertProblem(staff().post("/api/admin/projections/courses/rebuild", null),
                org.springframework.http.HttpStatus.FORBIDDEN, null);
        await().atMost(Duration.ofMinutes(2)).until(() -> !isRebuilding());
    }

    private boolean isRebuilding() {
        for (var projection : admin().read("/api/admin/projections")) {
            if (projection.get("status").asText().equals("rebuilding")) {
                return true;
            }
        }
        return false;
    }

    private de.casebook.app.Api admin() {
        return as("admin");
    }

    private void openCasesOfEveryType(String token) {
        var courseId = scheduleCourse();
        var caseId = caseWithRequirementsMet(courseId);
        trainer().ok("/api/qualifications/" + caseId + "/sign-offs/" + signOff(courseId, clock.today().minusDays(1),
                "1", caseId) + "/revocation", Map.of("reason", "Doppelt erfasst"));
        var candidacy = staff().ok("/api/trainer-qualifications", Map.of("qualificationCaseId",
                certifiedCase(courseId), "reason", "Erfahren " + token)).get("caseId").asText();
        completeTask(as("coordinator"), candidacy, "user_admit_trainer_candidate", Map.of("decision", "admit"));
        staff().ok("/api/card-applications", CaseRequests.cardApplication("Çiğdem Öztürk-Łukasz " + token,
                LocalDate.of(1985, 4, 3)));
        staff().ok("/api/nominations", CaseRequests.nomination("Jürgen Weiß " + token, clock.today()));
        var network = as("ministry").ok("/api/networks", CaseRequests.network("Netz " + token, clock.today()))
                .get("networkId").asText();
        as("staff-b").ok("/api/networks/" + network + "/membership-applications",
                Map.of("municipality", "beispielheim", "contactPerson", "Jürgen Weiß", "declarationSigned", true));
    }

    private void storeFillers(int count) {
        var aggregate = "filler-" + System.nanoTime();
        for (int from = 0; from < count; from += 1000) {
            var first = from;
            transactions.executeWithoutResult(status -> {
                var events = new ArrayList<GenericDomainEventMessage<Filler>>();
                for (int i = first; i < Math.min(count, first + 1000); i++) {
                    events.add(new GenericDomainEventMessage<>("Filler", aggregate, i, new Filler("filler " + i)));
                }
                eventStore.publish(events);
            });
        }
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> readModels.awaitAll(readModels.head(), Duration.ofSeconds(1)));
    }

    private Map<String, String> checksums() {
        var checksums = new LinkedHashMap<String, String>();
        for (var table : List.of("case_index", "course_list", "course_participant", "course_sign_off",
                "card_application", "nomination", "network_member", "network_grant", "data_subject")) {
            checksums.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                    + " FROM " + table + " t").query(String.class).single());
        }
        return checksums;
    }
}
