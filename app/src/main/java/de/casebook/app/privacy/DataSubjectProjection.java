package de.casebook.app.privacy;

import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.readmodel.StatementBatch;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.mentoring.api.CertifiedMentorTakenOverEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.network.api.MembershipAppliedEvent;
import de.casebook.domain.training.api.TrainerCandidateProposedEvent;
import de.casebook.domain.training.api.TrainerListedEvent;
import java.sql.Timestamp;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is named in which case and as what: the data protection officer finds a person here. A person
 * whose data was erased reads as "[gelöscht]" and is not entered again.
 */
@Component
class DataSubjectProjection extends Projection<StatementBatch> {

    static final String NAME = "data-subjects";
    /** The events that name people (DataSubjectEventsTest checks that no other event does). */
    static final Set<Class<?>> NAMING = Set.of(CardApplicationSubmittedEvent.class, NominationSubmittedEvent.class,
            ParticipantRegisteredEvent.class, MembershipAppliedEvent.class, CardTakenOverEvent.class,
            CertifiedMentorTakenOverEvent.class, TrainerCandidateProposedEvent.class, TrainerListedEvent.class);

    private final PersonalDataCipher cipher;

    @Autowired
    DataSubjectProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this(ProjectionTables.live(names("data_subject")), jdbc, cipher);
    }

    private DataSubjectProjection(ProjectionTables tables, JdbcTemplate jdbc, PersonalDataCipher cipher) {
        super(NAME, tables, jdbc, StatementBatch::new);
        this.cipher = cipher;
    }

    @Override
    public DataSubjectProjection writingTo(ProjectionTables tables) {
        return new DataSubjectProjection(tables, jdbc(), cipher);
    }

    @Override
    protected Set<Class<?>> payloadsRead() {
        return NAMING;
    }

    @Override
    protected void apply(DomainEventMessage<?> message, StatementBatch batch) {
        for (var named : DataSubjectsNamed.in(message.getPayload())) {
            var subject = named.subject();
            if (subject.subjectName() == null || PersonalDataCipher.ERASED.equals(subject.subjectName())) {
                continue;
            }
            batch.add("""
                    INSERT INTO {data_subject} (subject_id, aggregate_id, aggregate_type, role, name, name_key,
                        birth_date, email, first_named_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                    cipher.subjectIdOf(subject.subjectIdentity()), message.getAggregateIdentifier(), message.getType(),
                    named.role(), subject.subjectName(), SearchKeys.of(subject.subjectName()), subject.subjectBirthDate(),
                    subject.subjectEmail(), Timestamp.from(message.getTimestamp()));
        }
    }
}
