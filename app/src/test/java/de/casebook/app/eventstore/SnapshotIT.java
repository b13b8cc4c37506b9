package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.casebook.app.CaseRequests;
import de.casebook.app.CasebookIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.domain.mentoring.Course;
import de.casebook.app.privacy.PersonalDataCipher;
import de.casebook.domain.mentoring.Qualification;
import de.casebook.domain.network.Network;
import java.time.Duration;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Courses and networks with long histories are loaded from snapshots, and keep every rule. */
class SnapshotIT extends CasebookIntegrationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    ParameterResolverFactory parameterResolverFactory;
    @Autowired
    HandlerDefinition handlerDefinition;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    PersonalDataCipher cipher;

    /** The aggregate as its snapshot and the events after it restore it equals the one all its events build. */
    private <A> void assertSnapshotRestoresTheSameState(Class<A> type, String aggregateId) {
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type, parameterResolverFactory,
                handlerDefinition);
        var fromEvents = load(model, aggregateId, eventStore.readEvents(aggregateId, 0));
        var fromSnapshot = load(model, aggregateId, eventStore.readEvents(aggregateId));
        assertThat(fromSnapshot).usingRecursiveComparison().isEqualTo(fromEvents);
    }

    private static <A> A load(AggregateModel<A> model, String aggregateId, DomainEventStream events) {
        var factory = new GenericAggregateFactory<>(model);
        var root = factory.createAggregateRoot(aggregateId, events.peek());
        var aggregate = EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(events);
        return aggregate.getAggregateRoot();
    }

    private long snapshots(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?").param(aggregateId)
                .query(Long.class).single();
    }

    @Test
    void aCourseLoadedFromItsSnapshotStillKnowsItsPlacesAndSessions() {
        var courseId = scheduleCourse(clock.today().minusDays(20), Map.of("maxParticipants", 3));
        var participants = new java.util.ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            participants.add(admittedParticipant(courseId));
        }
        for (int day = 10; day > 4; day--) {
            signOff(courseId, clock.today().minusDays(day), "1", participants.toArray(String[]::new));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(courseId) > 0);

        assertProblem(staff().post("/api/courses/" + courseId + "/enrolments",
                Map.of("name", "Vierte Person", "email", "vier@example.org")), HttpStatus.UNPROCESSABLE_ENTITY, "course.full");
        staff().ok("/api/qualifications/" + participants.get(0) + "/withdrawal", Map.of("reason", "Umzug"));
        enrol(courseId);
        assertSnapshotRestoresTheSameState(Course.class, courseId);
        var course = staff().read("/api/courses/" + courseId);
        assertThat(course.get("participants")).hasSize(3);
        assertThat(course.get("sessions")).hasSize(6);
        assertThat(qualification(participants.get(1)).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void aNetworkLoadedFromItsSnapshotStillKeepsItsMembers() {
        var networkId = as("ministry").ok("/api/networks", CaseRequests.network("Snapshot-Netz", clock.today()))
                .get("networkId").asText();
        for (int i = 0; i < 4; i++) {
            as("coordinator").ok("/api/networks/" + networkId + "/membership-applications",
                    Map.of("municipality", "gemeinde-" + i, "contactPerson", "Kontakt " + i, "declarationSigned", true));
        }
        as("coordinator").ok("/api/networks/" + networkId + "/membership-applications",
                Map.of("municipality", "beispielheim", "contactPerson", "Jürgen Weiß", "declarationSigned", true));
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(networkId) > 0);
        assertProblem(as("coordinator").post("/api/networks/" + networkId + "/membership-applications",
                Map.of("municipality", "beispielheim", "contactPerson", "Jürgen Weiß", "declarationSigned", true)),
                HttpStatus.CONFLICT, null);
        assertThat(as("ministry").read("/api/networks/" + networkId).get("applications")).hasSize(5);
        completeTask(as("coordinator"), networkId, "user_decide_membership", Map.of("decision", "admit"));
        assertSnapshotRestoresTheSameState(Network.class, networkId);
    }

    /**
     * A person's case is never snapshotted, so its steps do not ask for a snapshot: a snapshot row
     * that would put the case in another course, were it read, changes nothing.
     */
    @Test
    void aPersonsCaseIsReadWithoutAskingForASnapshot() throws Exception {
        var courseId = scheduleCourse(clock.today().minusDays(20), Map.of());
        var caseId = admittedParticipant(courseId);
        var constructor = Qualification.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        var elsewhere = constructor.newInstance();
        for (var field : Map.of("caseId", caseId, "courseId", "another-course").entrySet()) {
            var declared = Qualification.class.getDeclaredField(field.getKey());
            declared.setAccessible(true);
            declared.set(elsewhere, field.getValue());
        }
        var serializer = EventStoreConfiguration.snapshotSerializer(objectMapper, cipher);
        var snapshot = serializer.serialize(elsewhere, byte[].class);
        jdbc.sql("""
                INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                                payloadtype, payloadrevision, metadata, timestamp)
                VALUES (?, 100, 'Qualification', ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')""")
                .params(caseId, java.util.UUID.randomUUID().toString(), snapshot.getData(), snapshot.getType().getName(),
                        snapshot.getType().getRevision(),
                        serializer.serialize(org.axonframework.messaging.MetaData.emptyInstance(), byte[].class).getData())
                .update();

        signOff(courseId, clock.today().minusDays(3), "2", caseId);
        assertThat(qualification(caseId).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("2");
        assertThat(snapshots(caseId)).as("the row is still there, unread").isOne();
    }
}
