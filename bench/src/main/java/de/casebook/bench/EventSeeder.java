package de.casebook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardExpiredEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardProgram;
import de.casebook.domain.card.api.ConfirmationPurpose;
import de.casebook.domain.card.api.ConfirmationRequestedEvent;
import de.casebook.domain.card.api.EligibilityDecidedEvent;
import de.casebook.domain.card.api.ExpiryReminderSentEvent;
import de.casebook.domain.card.api.Organisation;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.shared.CaseMetaData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Writes cases through Axon's event store API (the storage engine the application uses, with the
 * domain's own event records), not by SQL: card applications from submission to an expired card
 * (nine events each), and mentor enrolments (their first event; {@link TaskSeeder} starts their
 * processes). Seeded cases are numbered in 2025, clear of the application's own numbers.
 */
final class EventSeeder {

    private static final int EVENTS_PER_TRANSACTION = 2000;
    private static final String[] FIRST = {"Çiğdem", "Jürgen", "Anna", "Łukasz", "Zoë", "Björn", "Renée", "Mehmet"};
    private static final String[] LAST = {"Öztürk-Łukasz", "Weiß", "Müller", "Nowak", "Dąbrowski", "Schäfer",
            "Yılmaz", "Lefèvre"};

    private final JdbcEventStorageEngine engine;
    private final BenchTransactions transactions;

    EventSeeder(DataSource dataSource) {
        this.transactions = new BenchTransactions(dataSource);
        var json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var serializer = JacksonSerializer.builder().objectMapper(json).build();
        this.engine = JdbcEventStorageEngine.builder()
                .connectionProvider(transactions)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    static String person(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + i;
    }

    /** Card applications, nine events each; returns the number of events written. */
    long cardApplications(int cases) {
        var written = 0L;
        var batch = new ArrayList<DomainEventMessage<?>>();
        for (int i = 0; i < cases; i++) {
            batch.addAll(cardApplication(i));
            if (batch.size() >= EVENTS_PER_TRANSACTION) {
                written += append(batch);
            }
        }
        return written + append(batch);
    }

    /** Mentor enrolments in one course, one event each; returns their case ids. */
    List<String> enrolments(int cases) {
        var caseIds = new ArrayList<String>();
        var courseId = UUID.randomUUID().toString();
        var batch = new ArrayList<DomainEventMessage<?>>();
        var start = LocalDate.now().minusDays(10);
        for (int i = 0; i < cases; i++) {
            var caseId = UUID.randomUUID().toString();
            caseIds.add(caseId);
            batch.add(event("Qualification", caseId, 0, new ParticipantRegisteredEvent(caseId,
                    "BM-2025-%06d".formatted(i + 1), courseId, "musterstadt",
                    new Participant(person(i), "person" + i + "@example.org", null), BigDecimal.valueOf(40), start,
                    start.plusMonths(3), 3)));
            if (batch.size() >= EVENTS_PER_TRANSACTION) {
                append(batch);
            }
        }
        append(batch);
        return caseIds;
    }

    private List<DomainEventMessage<?>> cardApplication(int i) {
        var caseId = UUID.randomUUID().toString();
        var number = "EK-2025-%06d".formatted(i + 1);
        var submitted = LocalDate.of(2025, 1, 1).plusDays(i % 360);
        var organisations = List.of(
                new Organisation("Sportverein", "Jürgen Weiß", "verein@example.org", BigDecimal.valueOf(5), null,
                        LocalDate.of(2018, 1, 1), "Übungsleitung", true),
                new Organisation("Tafel", "Renée Lefèvre", "tafel@example.org", BigDecimal.valueOf(3), null,
                        LocalDate.of(2019, 1, 1), "Ausgabe", true));
        var expires = Instant.now().plusSeconds(28 * 86400);
        return List.of(
                event("CardApplication", caseId, 0, new CardApplicationSubmittedEvent(caseId, number, "musterstadt",
                        new CardProgram("nrw", 2, 3), new Applicant(person(i), LocalDate.of(1960, 1, 1).plusDays(i % 9000),
                        "Hauptstraße " + (i % 200 + 1), "12345", "Musterstadt", "person" + i + "@example.org"),
                        organisations, null, null, submitted)),
                event("CardApplication", caseId, 1, new ConfirmationRequestedEvent(caseId, 0, "h" + i, expires,
                        ConfirmationPurpose.REQUEST)),
                event("CardApplication", caseId, 2, new OrganisationConfirmedEvent(caseId, 0, null)),
                event("CardApplication", caseId, 3, new ConfirmationRequestedEvent(caseId, 1, "k" + i, expires,
                        ConfirmationPurpose.REQUEST)),
                event("CardApplication", caseId, 4, new OrganisationConfirmedEvent(caseId, 1, null)),
                event("CardApplication", caseId, 5, new EligibilityDecidedEvent(caseId, true, List.of())),
                event("CardApplication", caseId, 6, new CardIssuedEvent(caseId, number, "C" + i, submitted,
                        submitted.plusYears(3).minusDays(1), false)),
                event("CardApplication", caseId, 7, new ExpiryReminderSentEvent(caseId, submitted.plusYears(3))),
                event("CardApplication", caseId, 8, new CardExpiredEvent(caseId, submitted.plusYears(3))));
    }

    private static DomainEventMessage<?> event(String aggregateType, String aggregateId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                CaseMetaData.of("bench", "STAFF", "musterstadt", "bench", null));
    }

    private long append(List<DomainEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        var count = batch.size();
        transactions.executeInTransaction(() -> engine.appendEvents(List.copyOf(batch)));
        batch.clear();
        return count;
    }
}
