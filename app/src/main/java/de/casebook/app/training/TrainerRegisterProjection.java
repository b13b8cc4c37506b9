package de.casebook.app.training;

import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.readmodel.StatementBatch;
import de.casebook.domain.mentoring.api.CourseScheduledEvent;
import de.casebook.domain.training.api.TrainerAccountLinkedEvent;
import de.casebook.domain.training.api.TrainerCandidateAdmittedEvent;
import de.casebook.domain.training.api.TrainerCandidateDeclinedEvent;
import de.casebook.domain.training.api.TrainerCandidateProposedEvent;
import de.casebook.domain.training.api.TrainerListedEvent;
import de.casebook.domain.training.api.TrainerQualificationStatus;
import de.casebook.domain.training.api.TrainerRegisteredEvent;
import de.casebook.domain.training.api.TrainerRequirementsMetEvent;
import de.casebook.domain.training.api.TrainerWithdrawnEvent;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trainer register: every candidate and trainer with status, qualified since, linked account
 * and the education providers of the courses they led.
 */
@Component
class TrainerRegisterProjection extends Projection<StatementBatch> {

    static final String NAME = "trainer-register";
    private static final Set<Class<?>> READS = Set.of(TrainerCandidateProposedEvent.class, TrainerListedEvent.class,
            TrainerCandidateAdmittedEvent.class, TrainerCandidateDeclinedEvent.class, TrainerRequirementsMetEvent.class,
            TrainerRegisteredEvent.class, TrainerAccountLinkedEvent.class, TrainerWithdrawnEvent.class,
            CourseScheduledEvent.class);

    @Autowired
    TrainerRegisterProjection(JdbcTemplate jdbc) {
        this(ProjectionTables.live(names("trainer_register")), jdbc);
    }

    private TrainerRegisterProjection(ProjectionTables tables, JdbcTemplate jdbc) {
        super(NAME, tables, jdbc, StatementBatch::new);
    }

    @Override
    public TrainerRegisterProjection writingTo(ProjectionTables tables) {
        return new TrainerRegisterProjection(tables, jdbc());
    }

    @Override
    protected Set<Class<?>> payloadsRead() {
        return READS;
    }

    @Override
    protected void apply(DomainEventMessage<?> message, StatementBatch batch) {
        var event = message.getPayload();
        if (event instanceof TrainerCandidateProposedEvent proposed) {
            insert(batch, message, proposed.caseNumber(), proposed.municipality(), proposed.candidate().name(),
                    TrainerQualificationStatus.PROPOSED, null);
        } else if (event instanceof TrainerListedEvent listed) {
            insert(batch, message, listed.caseNumber(), listed.municipality(), listed.trainer().name(),
                    TrainerQualificationStatus.REGISTERED, listed.qualifiedSince());
        } else if (event instanceof TrainerCandidateAdmittedEvent admitted) {
            status(batch, admitted.caseId(), TrainerQualificationStatus.IN_TRAINING);
        } else if (event instanceof TrainerCandidateDeclinedEvent declined) {
            status(batch, declined.caseId(), TrainerQualificationStatus.DECLINED);
        } else if (event instanceof TrainerRequirementsMetEvent met) {
            status(batch, met.caseId(), TrainerQualificationStatus.REQUIREMENTS_MET);
        } else if (event instanceof TrainerRegisteredEvent registered) {
            batch.add("UPDATE {trainer_register} SET status = ?, qualified_since = ? WHERE trainer_id = ?",
                    TrainerQualificationStatus.REGISTERED.code(), registered.qualifiedSince(), registered.caseId());
        } else if (event instanceof TrainerAccountLinkedEvent linked) {
            batch.add("UPDATE {trainer_register} SET username = ? WHERE trainer_id = ?", linked.username(),
                    linked.caseId());
        } else if (event instanceof TrainerWithdrawnEvent withdrawn) {
            batch.add("UPDATE {trainer_register} SET status = ?, username = NULL WHERE trainer_id = ?",
                    TrainerQualificationStatus.WITHDRAWN.code(), withdrawn.caseId());
        } else if (event instanceof CourseScheduledEvent course) {
            batch.add("""
                    UPDATE {trainer_register} SET education_providers = education_providers || ?::text
                    WHERE municipality = ? AND username = ANY (?) AND NOT ?::text = ANY (education_providers)""",
                    course.educationProvider(), course.municipality(), course.trainers(), course.educationProvider());
        }
    }

    private static void insert(StatementBatch batch, DomainEventMessage<?> message, String caseNumber,
                               String municipality, String name, TrainerQualificationStatus status,
                               java.time.LocalDate qualifiedSince) {
        batch.add("""
                INSERT INTO {trainer_register} (trainer_id, case_number, municipality, name, name_key, status,
                    qualified_since, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trainer_id) DO NOTHING""",
                message.getAggregateIdentifier(), caseNumber, municipality, name, SearchKeys.of(name), status.code(),
                qualifiedSince, message.getTimestamp());
    }

    private static void status(StatementBatch batch, String trainerId, TrainerQualificationStatus status) {
        batch.add("UPDATE {trainer_register} SET status = ? WHERE trainer_id = ?", status.code(), trainerId);
    }
}
