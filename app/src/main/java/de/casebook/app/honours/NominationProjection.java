package de.casebook.app.honours;

import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.StatementBatch;
import de.casebook.domain.honours.api.NominationAwardedEvent;
import de.casebook.domain.honours.api.NominationDeclinedEvent;
import de.casebook.domain.honours.api.NominationRejectedEvent;
import de.casebook.domain.honours.api.NominationWithdrawnEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Nominations beyond the case index: the call (a prize's category) with its jury, and the outcome. */
@Component
class NominationProjection extends Projection<StatementBatch> {

    static final String NAME = "nominations";
    private static final Set<Class<?>> READS = Set.of(NominationSubmittedEvent.class, NominationAwardedEvent.class,
            NominationDeclinedEvent.class, NominationRejectedEvent.class, NominationWithdrawnEvent.class);

    @Autowired
    NominationProjection(JdbcTemplate jdbc) {
        this(ProjectionTables.live(names("nomination")), jdbc);
    }

    private NominationProjection(ProjectionTables tables, JdbcTemplate jdbc) {
        super(NAME, tables, jdbc, StatementBatch::new);
    }

    @Override
    public NominationProjection writingTo(ProjectionTables tables) {
        return new NominationProjection(tables, jdbc());
    }

    @Override
    protected Set<Class<?>> payloadsRead() {
        return READS;
    }

    @Override
    protected void apply(DomainEventMessage<?> message, StatementBatch batch) {
        var event = message.getPayload();
        if (event instanceof NominationSubmittedEvent submitted) {
            batch.add("""
                    INSERT INTO {nomination} (case_id, award_kind, category, jury, submitted_on)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""",
                    submitted.caseId(), submitted.awardKind().code(), submitted.category(),
                    submitted.rules().jury() == null ? List.of() : submitted.rules().jury(), submitted.submittedOn());
        } else if (event instanceof NominationAwardedEvent awarded) {
            batch.add("UPDATE {nomination} SET outcome = 'award' WHERE case_id = ?", awarded.caseId());
        } else if (event instanceof NominationDeclinedEvent declined) {
            batch.add("UPDATE {nomination} SET outcome = 'decline' WHERE case_id = ?", declined.caseId());
        } else if (event instanceof NominationRejectedEvent rejected) {
            batch.add("UPDATE {nomination} SET outcome = 'rejected' WHERE case_id = ?", rejected.caseId());
        } else if (event instanceof NominationWithdrawnEvent withdrawn) {
            batch.add("UPDATE {nomination} SET outcome = 'withdrawn' WHERE case_id = ?", withdrawn.caseId());
        }
    }
}
