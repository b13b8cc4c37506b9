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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Courses, networks and qualifications with long histories are loaded from snapshots, and keep every rule. */
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
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    ConnectionProvider connectionProvider;

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
     * A qualification gathers a sign-off per session; after 20 it is loaded from a snapshot, read with
     * the events after it by one query, and still counts every hour.
     */
    @Test
    void aQualificationWithManySignOffsIsLoadedFromItsSnapshot() {
        var courseId = scheduleCourse(clock.today().minusDays(40), Map.of());
        var caseId = snapshottedQualification(courseId, 35, 12);

        signOff(courseId, clock.today().minusDays(11), "1", caseId);
        assertThat(qualification(caseId).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("25");
        assertProblem(trainer().post("/api/courses/" + courseId + "/sessions", Map.of("date",
                        clock.today().minusDays(11).toString(), "hours", "12", "module", "Rollen klären",
                        "participants", java.util.List.of(caseId), "confirmed", true)),
                HttpStatus.UNPROCESSABLE_ENTITY, null);
        assertSnapshotRestoresTheSameState(Qualification.class, caseId);
    }

    /** One query reads the snapshot and the events after it; a full first batch goes on with the rest. */
    @Test
    void snapshotAndEventsAreReadAsAllTheEventsInBatches() {
        var courseId = scheduleCourse(clock.today().minusDays(40), Map.of());
        var caseId = snapshottedQualification(courseId, 35, 10);
        var all = sequenceNumbers(eventStore.readEvents(caseId, 0));
        var snapshotAt = jdbc.sql("SELECT max(sequencenumber) FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(caseId).query(Long.class).single();

        for (int batchSize : new int[] {1, 3, all.size(), 500}) {
            var fromSnapshot = engine(batchSize).readSnapshotAndEvents(caseId).orElseThrow();
            assertThat(sequenceNumbers(fromSnapshot)).as("batches of %d", batchSize)
                    .isEqualTo(all.subList(snapshotAt.intValue(), all.size()));
        }
        var withoutSnapshot = admittedParticipant(courseId);
        assertThat(sequenceNumbers(engine(1).readSnapshotAndEvents(withoutSnapshot).orElseThrow()))
                .isEqualTo(sequenceNumbers(eventStore.readEvents(withoutSnapshot, 0)));
    }

    /** A participant signed off an hour a day, from and to that many days ago, once the case has its snapshot. */
    private String snapshottedQualification(String courseId, int fromDaysAgo, int toDaysAgo) {
        var caseId = admittedParticipant(courseId);
        for (int day = fromDaysAgo; day >= toDaysAgo; day--) {
            signOff(courseId, clock.today().minusDays(day), "1", caseId);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshots(caseId) > 0);
        return caseId;
    }

    /** A snapshot that cannot be read is passed over: the case is built from all its events. */
    @Test
    void anUnreadableSnapshotIsPassedOver() {
        var courseId = scheduleCourse(clock.today().minusDays(20), Map.of());
        var caseId = admittedParticipant(courseId);
        var serializer = EventStoreConfiguration.snapshotSerializer(objectMapper, cipher);
        jdbc.sql("""
                INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                                payloadtype, payloadrevision, metadata, timestamp)
                VALUES (?, 100, 'Qualification', ?, ?, ?, NULL, ?, '2026-01-01T00:00:00.000Z')""")
                .params(caseId, java.util.UUID.randomUUID().toString(), "{not a qualification".getBytes(),
                        Qualification.class.getName(),
                        serializer.serialize(org.axonframework.messaging.MetaData.emptyInstance(), byte[].class).getData())
                .update();

        signOff(courseId, clock.today().minusDays(3), "2", caseId);
        assertThat(qualification(caseId).get("hoursSignedOff").decimalValue()).isEqualByComparingTo("2");
    }

    /** A case's whole stream (views, histories) ends with the first batch that is not full: one query for a short case. */
    @Test
    void aCasesStreamEndsWithTheFirstBatchThatIsNotFull() {
        var courseId = scheduleCourse(clock.today().minusDays(40), Map.of());
        var caseId = admittedParticipant(courseId);
        signOff(courseId, clock.today().minusDays(3), "2", caseId);
        var all = sequenceNumbers(eventStore.readEvents(caseId, 0));

        for (int batchSize : new int[] {1, 2, all.size(), all.size() + 1, 500}) {
            var reads = new AtomicInteger();
            var engine = new AggregateScopedStorageEngine(builder(batchSize), SnapshotFilter.allowAll()) {
                @Override
                protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregate, long first, int size) {
                    reads.incrementAndGet();
                    return super.fetchDomainEvents(aggregate, first, size);
                }
            };
            assertThat(sequenceNumbers(engine.readEvents(caseId, 0))).as("batches of %d", batchSize).isEqualTo(all);
            assertThat(reads.get()).as("reads in batches of %d", batchSize).isEqualTo(all.size() / batchSize + 1);
        }
    }

    private AggregateScopedStorageEngine engine(int batchSize) {
        return new AggregateScopedStorageEngine(builder(batchSize), SnapshotFilter.allowAll());
    }

    private JdbcEventStorageEngine.Builder builder(int batchSize) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(EventStoreConfiguration.snapshotSerializer(objectMapper, cipher))
                .eventSerializer(eventSerializer)
                .connectionProvider(connectionProvider)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new EventSchema())
                .batchSize(batchSize);
    }

    private static java.util.List<Long> sequenceNumbers(DomainEventStream events) {
        return events.asStream().map(event -> event.getSequenceNumber()).toList();
    }
}
