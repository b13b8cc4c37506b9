package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.PageSession;
import de.casebook.domain.shared.CaseCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A case as it was at an instant is read without the events after it: exactly the events recorded
 * until then (Axon records their times to the millisecond), across a second's boundary and also when
 * the clock went back between two steps.
 */
class EventsUntilIT extends CasebookIntegrationTest {

    private static final long MILLI = 1_000_000;
    private static final long MICRO = 1_000;

    @Autowired
    CasebookEventStore eventStore;

    @Test
    void readsExactlyTheEventsRecordedUntilAnInstant() throws Exception {
        var courseId = scheduleCourse();
        var second = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(60);
        var registered = at(second.plusMillis(500));
        var caseId = enrol(courseId);
        var admitted = at(registered.plusNanos(MILLI));
        completeTask(staff(), caseId, "user_admit_participant", Map.of("decision", "admit"));
        var signedOff = at(second.plusMillis(750));
        signOff(courseId, clock.today().minusDays(3), "2", caseId);
        var nextSecond = at(second.plusSeconds(1));
        signOff(courseId, clock.today().minusDays(2), "2", caseId);
        var clockWentBack = at(second.plusMillis(250));
        signOff(courseId, clock.today().minusDays(1), "2", caseId);
        clock.reset();

        var all = eventStore.readEvents(caseId, 0).asStream().<DomainEventMessage<?>>map(event -> event).toList();
        assertThat(all).extracting(DomainEventMessage::getTimestamp)
                .containsExactly(registered, admitted, signedOff, nextSecond, clockWentBack);
        for (var instant : List.of(registered, admitted, signedOff, nextSecond, clockWentBack)) {
            for (var probe : List.of(instant.minusNanos(MILLI), instant.minusNanos(MICRO), instant,
                    instant.plusNanos(MICRO), instant.plusNanos(MILLI))) {
                assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, probe))).as("until %s", probe)
                        .isEqualTo(sequenceNumbers(all.stream().filter(event -> !event.getTimestamp().isAfter(probe))
                                .toList()));
            }
        }
        assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, registered.minusNanos(MICRO)))).containsExactly(4L);
        assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, second.plusMillis(100)))).isEmpty();
        assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, registered.plusNanos(MICRO)))).containsExactly(0L, 4L);
        assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, second.plusMillis(300)))).containsExactly(4L);
        assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, admitted))).containsExactly(0L, 1L, 4L);
        assertThat(sequenceNumbers(eventStore.eventsUntil(caseId, nextSecond))).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(eventStore.eventsUntil(caseId, Instant.parse("+10000-01-01T00:00:00Z"))).hasSize(5);
        assertThat(eventStore.firstEvent(caseId)).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(0L);
        assertThat(eventStore.firstEvent("no-such-case")).isEmpty();

        var asItWas = staff().read("/api/qualifications/" + caseId + "?asOf=" + admitted);
        assertThat(asItWas.get("status").asText()).isEqualTo("attending");
        assertThat(asItWas.get("signOffs")).hasSize(1);
        assertProblem(staff().get("/api/qualifications/" + caseId + "?asOf=" + second.plusMillis(300)),
                HttpStatus.NOT_FOUND, "case.not-yet-existing");
        assertThat(as("staff-b").get("/api/qualifications/" + caseId + "?asOf=" + second.plusMillis(300))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        var auditor = PageSession.signIn(http.getRootUri(), "auditor");
        assertThat(historyDownload(auditor, caseId, admitted).get("events")).extracting(event -> event.get("sequence")
                .asLong()).containsExactly(0L, 1L, 4L);
        assertThat(historyDownload(auditor, caseId, nextSecond).get("events")).hasSize(5);
        assertThat(page(auditor, caseId, second.plusMillis(300))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page(auditor, caseId, admitted)).isEqualTo(HttpStatus.OK);
        assertThat(page(PageSession.signIn(http.getRootUri(), "staff-b"), caseId, admitted))
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void beforeACaseExistedItsMunicipalityIsStillCheckedFirst() {
        var caseId = enrol(scheduleCourse());
        var before = clock.instant().minusSeconds(3600);
        assertProblem(staff().get("/api/qualifications/" + caseId + "?asOf=" + before), HttpStatus.NOT_FOUND,
                "case.not-yet-existing");
        assertThat(as("staff-b").get("/api/qualifications/" + caseId + "?asOf=" + before).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(staff().get("/api/qualifications/no-such-case?asOf=" + before), HttpStatus.NOT_FOUND,
                "case.not-found");
    }

    private JsonNode historyDownload(PageSession session, String caseId, Instant asOf) {
        var response = http.exchange("/cases/" + caseId + "/history.json?asOf=" + local(asOf), HttpMethod.GET,
                new HttpEntity<>(cookie(session)), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus page(PageSession session, String caseId, Instant asOf) {
        return HttpStatus.valueOf(http.exchange("/cases/" + caseId + "?asOf=" + local(asOf), HttpMethod.GET,
                new HttpEntity<>(cookie(session)), String.class).getStatusCode().value());
    }

    private static HttpHeaders cookie(PageSession session) {
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session.cookie());
        return headers;
    }

    /** The page's "Stand am" is local time. */
    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, CaseCalendar.ZONE);
    }

    private Instant at(Instant instant) {
        clock.moveTo(instant);
        return instant;
    }

    private static List<Long> sequenceNumbers(List<DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
