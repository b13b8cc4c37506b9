package de.casebook.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** An event a read model cannot take is parked, the read model goes on, and the parked events are retried. */
@Import(DeadLetterIT.FailingProjectionConfiguration.class)
class DeadLetterIT extends CasebookIntegrationTest {

    /** A read model of card applications that cannot take an applicant named "Fehler …" while it is broken. */
    static class FailingProjection extends Projection<StatementBatch> {

        static volatile boolean broken = true;

        FailingProjection(JdbcTemplate jdbc, ProjectionTables tables) {
            super("failing", tables, jdbc, StatementBatch::new);
            jdbc.execute("CREATE TABLE IF NOT EXISTS failing_seen (case_id VARCHAR(100), sequence BIGINT)");
        }

        @Override
        public Projection<StatementBatch> writingTo(ProjectionTables tables) {
            return new FailingProjection(jdbc(), tables);
        }

        @Override
        protected boolean reads(DomainEventMessage<?> event) {
            return event.getType().equals("CardApplication");
        }

        @Override
        protected void apply(DomainEventMessage<?> event, StatementBatch batch) {
            if (broken && event.getSequenceNumber() == 0
                    && ((CardApplicationSubmittedEvent) event.getPayload()).applicant().name().startsWith("Fehler")) {
                throw new IllegalStateException("cannot take this applicant");
            }
            batch.add("INSERT INTO {failing_seen} (case_id, sequence) VALUES (?, ?)", event.getAggregateIdentifier(),
                    event.getSequenceNumber());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingProjectionConfiguration {
        @Bean
        FailingProjection failingProjection(JdbcTemplate jdbc) {
            return new FailingProjection(jdbc, ProjectionTables.live(java.util.List.of("failing_seen")));
        }
    }

    @Test
    void aParkedEventAndTheLaterOnesOfItsCaseAreRetriedAndTheOtherCasesGoOn() {
        FailingProjection.broken = true;
        var token = Long.toString(System.nanoTime(), 36);
        var failing = staff().ok("/api/card-applications", CaseRequests.cardApplication("Fehler Franz " + token,
                LocalDate.of(1971, 1, 1))).get("caseId").asText();
        staff().ok("/api/card-applications/" + failing + "/withdrawal", Map.of("reason", "Zieht um"));
        var fine = staff().ok("/api/card-applications", CaseRequests.cardApplication("Gerda Gut " + token,
                LocalDate.of(1972, 2, 2))).get("caseId").asText();

        assertThat(seen(fine)).as("the read model went on with other cases").isEqualTo(1);
        assertThat(seen(failing)).isZero();
        var report = projection("failing");
        assertThat(report.get("status").asText()).isEqualTo("running");
        assertThat(report.get("deadLetters").asLong()).as("the event and the later one of its case").isEqualTo(2);
        var parked = as("admin").read("/api/admin/projections/failing/dead-letters");
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).get("caseId").asText()).isEqualTo(failing);
        assertThat(parked.get(0).get("eventType").asText()).isEqualTo("CardApplicationSubmittedEvent");
        assertThat(parked.get(0).get("cause").asText()).isEqualTo("IllegalStateException");
        assertThat(staff().read("/api/cases?q=Fehler Franz " + token).get("total").asLong())
                .as("the other read models are not held up").isEqualTo(1);

        var stillBroken = as("admin").ok("/api/admin/projections/failing/dead-letters/retry", null);
        assertThat(stillBroken.get("retried").asInt()).isZero();
        assertThat(stillBroken.get("remaining").asLong()).isEqualTo(2);

        FailingProjection.broken = false;
        var retried = as("admin").ok("/api/admin/projections/failing/dead-letters/retry", null);
        assertThat(retried.get("remaining").asLong()).isZero();
        assertThat(seen(failing)).as("both events of the case, in order").isEqualTo(2);
        assertThat(projection("failing").get("deadLetters").asLong()).isZero();
        assertProblemFor("staff");
    }

    private void assertProblemFor(String user) {
        assertProblem(as(user).get("/api/admin/projections/failing/dead-letters"),
                org.springframework.http.HttpStatus.FORBIDDEN, null);
        assertProblem(as("admin").get("/api/admin/projections/nothing/dead-letters"),
                org.springframework.http.HttpStatus.NOT_FOUND, "projection.unknown");
    }

    private long seen(String caseId) {
        return jdbc.sql("SELECT count(*) FROM failing_seen WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    private com.fasterxml.jackson.databind.JsonNode projection(String name) {
        for (var projection : as("admin").read("/api/admin/projections")) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no read model " + name);
    }
}
