package de.casebook.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.security.Actor;
import de.casebook.domain.card.api.WithdrawCardApplicationCommand;
import de.casebook.domain.honours.api.WithdrawNominationCommand;
import de.casebook.domain.mentoring.api.WithdrawParticipantCommand;
import de.casebook.domain.shared.CaseMetaData;
import de.casebook.domain.shared.PersonalDataErasedEvent;
import de.casebook.domain.training.api.WithdrawTrainerCommand;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data protection officer's work: find a person across case types, report everything stored
 * about them (Art. 15 GDPR), and erase it (Art. 17) by destroying their keys, with an event in every
 * case that named them and the copies outside the events (read models, mails, claims) cleared.
 */
@Component
public class DataSubjects {

    public record CaseRef(String caseId, String caseNumber, String caseType, String status, String role,
                          boolean running) {
    }

    public record Subject(String subjectId, String name, LocalDate birthDate, List<CaseRef> cases) {
    }

    public record Datum(String caseId, long sequence, Instant recordedAt, String event, String role, JsonNode data) {
    }

    public record Mail(String caseId, String subject, Instant createdAt, Instant sentAt) {
    }

    public record Report(Subject subject, List<Datum> data, List<Mail> mails) {
    }

    public record Erasure(String subjectId, List<String> erasedIn, List<String> withdrawn) {
    }

    private record Row(String subjectId, String aggregateId, String aggregateType, String role, String name,
                       LocalDate birthDate, String email, String caseNumber, String caseType, String status,
                       boolean running) {
    }

    private final JdbcClient jdbc;
    private final EventStore eventStore;
    private final SubjectKeys keys;
    private final PersonalDataCipher cipher;
    private final CaseCommands commands;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    DataSubjects(JdbcClient jdbc, EventStore eventStore, SubjectKeys keys, PersonalDataCipher cipher,
                 CaseCommands commands, ObjectMapper json, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.keys = keys;
        this.cipher = cipher;
        this.commands = commands;
        this.json = json;
    }

    /** People of the actor's municipality whose name contains {@code name} (case and accents ignored). */
    public List<Subject> find(Actor actor, String name, LocalDate birthDate) {
        if (name == null || SearchKeys.of(name).isBlank()) {
            throw ApiException.badRequest("privacy.name-required");
        }
        var rows = rows(actor, "d.name_key LIKE ? AND (CAST(? AS DATE) IS NULL OR d.birth_date = ?)",
                "%" + SearchKeys.of(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                birthDate, birthDate);
        return subjects(rows);
    }

    public Subject subject(Actor actor, String subjectId) {
        return subjects(visibleRows(actor, subjectId)).get(0);
    }

    /** Every datum stored about the person, case by case, event by event, and the mails sent to them. */
    public Report report(Actor actor, String subjectId) {
        var rows = visibleRows(actor, subjectId);
        var data = new ArrayList<Datum>();
        rows.stream().map(Row::aggregateId).distinct().forEach(aggregateId -> eventStore.readEvents(aggregateId)
                .asStream().forEach(event -> DataSubjectsNamed.in(event.getPayload()).stream()
                        .filter(named -> subjectId.equals(cipher.subjectIdOf(named.subject().subjectIdentity())))
                        .forEach(named -> data.add(new Datum(aggregateId, event.getSequenceNumber(),
                                event.getTimestamp(), event.getPayloadType().getSimpleName(), named.role(),
                                json.valueToTree(named.subject()))))));
        var emails = rows.stream().map(Row::email).filter(Objects::nonNull).map(String::toLowerCase).distinct().toList();
        var mails = emails.isEmpty() ? List.<Mail>of() : jdbc.sql("""
                        SELECT case_id, subject, created_at, sent_at FROM outbox_mail
                        WHERE lower(recipient) IN (:emails) AND municipality = :municipality ORDER BY created_at""")
                .param("emails", emails).param("municipality", actor.municipality())
                .query((row, number) -> new Mail(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant()))
                .list();
        return new Report(subjects(rows).get(0), data, mails);
    }

    /**
     * Erases the person: 409 while a case about them still runs, unless {@code force}, which withdraws
     * those cases with the reason first.
     */
    public Erasure erase(Actor actor, String subjectId, String reason, boolean force) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.unprocessable("privacy.reason-required");
        }
        var rows = visibleRows(actor, subjectId);
        var running = rows.stream().filter(row -> row.running() && DataSubjectsNamed.PRIMARY_ROLES.contains(row.role()))
                .toList();
        if (!running.isEmpty() && !force) {
            throw ApiException.conflict("privacy.cases-running",
                    running.stream().map(Row::caseNumber).collect(Collectors.joining(", ")));
        }
        var withdrawn = new ArrayList<String>();
        for (var row : running) {
            withdraw(row, reason.strip(), actor);
            withdrawn.add(row.aggregateId());
        }
        return transactions.execute(status -> destroy(actor, subjectId, rows, reason.strip(), withdrawn));
    }

    private void withdraw(Row row, String reason, Actor actor) {
        switch (row.caseType() == null ? "" : row.caseType()) {
            case CaseTypes.QUALIFICATION -> commands.send(new WithdrawParticipantCommand(row.aggregateId(), reason), actor);
            case CaseTypes.CARD_APPLICATION ->
                    commands.send(new WithdrawCardApplicationCommand(row.aggregateId(), reason), actor);
            case CaseTypes.NOMINATION -> commands.send(new WithdrawNominationCommand(row.aggregateId(), reason), actor);
            case CaseTypes.TRAINER_QUALIFICATION ->
                    commands.send(new WithdrawTrainerCommand(row.aggregateId(), reason), actor);
            default -> throw ApiException.conflict("privacy.cannot-withdraw", row.caseNumber());
        }
    }

    private Erasure destroy(Actor actor, String subjectId, List<Row> rows, String reason, List<String> withdrawn) {
        var metaData = MetaData.from(CaseMetaData.of(actor.username(), actor.role().name(), actor.municipality(),
                null, null));
        var byAggregate = new LinkedHashMap<String, Row>();
        rows.forEach(row -> byAggregate.putIfAbsent(row.aggregateId(), row));
        byAggregate.values().forEach(row -> {
            var next = eventStore.lastSequenceNumberFor(row.aggregateId()).map(last -> last + 1).orElse(0L);
            eventStore.publish(new GenericDomainEventMessage<>(row.aggregateType(), row.aggregateId(), next,
                    new PersonalDataErasedEvent(row.aggregateId(), subjectId, row.role(), reason), metaData));
        });
        keys.destroyAllOf(subjectId);
        clearCopies(rows);
        jdbc.sql("DELETE FROM data_subject WHERE subject_id = ?").param(subjectId).update();
        return new Erasure(subjectId, List.copyOf(byAggregate.keySet()), withdrawn);
    }

    /**
     * Erases everyone's data in a case whose retention has ended (its keys destroyed), recorded as
     * an event of the system with the reason.
     */
    public void eraseCase(String caseId, String aggregateType, String municipality, String reason) {
        transactions.executeWithoutResult(status -> {
            var rows = jdbc.sql("""
                            SELECT d.subject_id, d.aggregate_id, d.aggregate_type, d.role, d.name, d.birth_date, d.email,
                                   c.case_number, c.case_type, c.status, c.closed_at IS NULL
                            FROM data_subject d JOIN case_index c ON c.case_id = d.aggregate_id
                            WHERE d.aggregate_id = ?""")
                    .param(caseId).query(DataSubjects::row).list();
            var next = eventStore.lastSequenceNumberFor(caseId).map(last -> last + 1).orElse(0L);
            var type = aggregateType != null ? aggregateType
                    : eventStore.readEvents(caseId).asStream().findFirst().map(event -> event.getType()).orElseThrow();
            eventStore.publish(new GenericDomainEventMessage<>(type, caseId, next,
                    new PersonalDataErasedEvent(caseId, null, null, reason), MetaData.from(CaseMetaData.of(
                            CaseMetaData.SYSTEM_USER, CaseMetaData.SYSTEM_ROLE, municipality, null, null))));
            keys.destroyAllIn(caseId);
            clearCopies(rows);
            jdbc.sql("DELETE FROM data_subject WHERE aggregate_id = ?").param(caseId).update();
        });
    }

    /** What the read models, the outbox and the duplicate rules keep about the person outside the events. */
    private void clearCopies(List<Row> rows) {
        for (var row : rows) {
            if (DataSubjectsNamed.PRIMARY_ROLES.contains(row.role())) {
                // as a rebuild from the events would now write them
                jdbc.sql("UPDATE case_index SET person = ?, person_key = ? WHERE case_id = ?")
                        .params(PersonalDataCipher.ERASED, SearchKeys.of(PersonalDataCipher.ERASED), row.aggregateId())
                        .update();
                jdbc.sql("UPDATE card_application SET applicant_key = ?, birth_date = NULL WHERE case_id = ?")
                        .params(SearchKeys.of(PersonalDataCipher.ERASED), row.aggregateId()).update();
                jdbc.sql("DELETE FROM case_claim WHERE case_id = ?").param(row.aggregateId()).update();
                // the case about them has ended: no link of it may open anything any more
                jdbc.sql("DELETE FROM confirmation_link WHERE case_id = ?").param(row.aggregateId()).update();
                jdbc.sql("DELETE FROM nomination_link WHERE case_id = ?").param(row.aggregateId()).update();
                // a forgotten trainer leads no course any more
                jdbc.sql("UPDATE trainer_register SET name = ?, name_key = ? WHERE trainer_id = ?")
                        .params(PersonalDataCipher.ERASED, SearchKeys.of(PersonalDataCipher.ERASED), row.aggregateId())
                        .update();
                jdbc.sql("DELETE FROM trainer_account WHERE trainer_id = ?").param(row.aggregateId()).update();
            }
            var namePattern = "%" + row.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            jdbc.sql("""
                            UPDATE outbox_mail SET recipient = :erased, body = :erased, secret_link = NULL,
                                   subject = CASE WHEN subject ILIKE :name THEN :erased ELSE subject END
                            WHERE case_id = :caseId
                              AND (lower(recipient) = lower(:email) OR body ILIKE :name OR subject ILIKE :name)""")
                    .param("erased", PersonalDataCipher.ERASED).param("name", namePattern)
                    .param("email", row.email() == null ? "" : row.email()).param("caseId", row.aggregateId())
                    .update();
            jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?").param(row.aggregateId()).update();
        }
    }

    private List<Row> visibleRows(Actor actor, String subjectId) {
        var rows = rows(actor, "d.subject_id = ?", subjectId);
        if (rows.isEmpty()) {
            throw ApiException.notFound("privacy.subject-not-found", subjectId);
        }
        return rows;
    }

    private List<Row> rows(Actor actor, String condition, Object... parameters) {
        var arguments = new ArrayList<Object>(java.util.Arrays.asList(parameters));
        arguments.add(actor.municipality());
        return jdbc.sql("""
                        SELECT d.subject_id, d.aggregate_id, d.aggregate_type, d.role, d.name, d.birth_date, d.email,
                               c.case_number, c.case_type, c.status, c.closed_at IS NULL
                        FROM data_subject d JOIN case_index c ON c.case_id = d.aggregate_id
                        WHERE %s AND c.municipality = ?
                        ORDER BY d.name, d.subject_id, c.opened_at""".formatted(condition))
                .params(arguments)
                .query(DataSubjects::row)
                .list();
    }

    private static Row row(ResultSet row, int number) throws SQLException {
        var birthDate = row.getDate(6);
        return new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                birthDate == null ? null : birthDate.toLocalDate(), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getBoolean(11));
    }

    private static List<Subject> subjects(List<Row> rows) {
        var bySubject = new LinkedHashMap<String, List<Row>>();
        rows.forEach(row -> bySubject.computeIfAbsent(row.subjectId(), id -> new ArrayList<>()).add(row));
        return bySubject.values().stream().map(DataSubjects::subject).toList();
    }

    private static Subject subject(List<Row> rows) {
        var first = rows.get(0);
        Map<String, CaseRef> cases = new LinkedHashMap<>();
        rows.forEach(row -> cases.putIfAbsent(row.aggregateId(), new CaseRef(row.aggregateId(), row.caseNumber(),
                row.caseType(), row.status(), row.role(), row.running())));
        return new Subject(first.subjectId(), first.name(), rows.stream().map(Row::birthDate).filter(Objects::nonNull)
                .findFirst().orElse(null), List.copyOf(cases.values()));
    }
}
