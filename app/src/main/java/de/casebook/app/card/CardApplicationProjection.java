package de.casebook.app.card;

import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.readmodel.StatementBatch;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.card.api.EligibilityDecidedEvent;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.card.api.OrganisationDisputedEvent;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Card applications beyond the case index: the program, the applicant as the "one card per person and
 * program" rule finds them, the organisations' answers, and the card's validity.
 */
@Component
class CardApplicationProjection extends Projection<StatementBatch> {

    static final String NAME = "card-applications";
    private static final Set<Class<?>> READS = Set.of(CardApplicationSubmittedEvent.class,
            OrganisationConfirmedEvent.class, OrganisationDisputedEvent.class, EligibilityDecidedEvent.class,
            CardIssuedEvent.class, CardTakenOverEvent.class);

    @Autowired
    CardApplicationProjection(JdbcTemplate jdbc) {
        this(ProjectionTables.live(names("card_application")), jdbc);
    }

    private CardApplicationProjection(ProjectionTables tables, JdbcTemplate jdbc) {
        super(NAME, tables, jdbc, StatementBatch::new);
    }

    @Override
    public CardApplicationProjection writingTo(ProjectionTables tables) {
        return new CardApplicationProjection(tables, jdbc());
    }

    @Override
    protected Set<Class<?>> payloadsRead() {
        return READS;
    }

    @Override
    protected void apply(DomainEventMessage<?> message, StatementBatch batch) {
        var event = message.getPayload();
        if (event instanceof CardApplicationSubmittedEvent submitted) {
            batch.add("""
                    INSERT INTO {card_application} (case_id, program, applicant_key, birth_date, organisations,
                        confirmed, disputed, renewal_of)
                    VALUES (?, ?, ?, ?, ?, 0, 0, ?) ON CONFLICT (case_id) DO NOTHING""",
                    submitted.caseId(), submitted.program().code(), SearchKeys.of(submitted.applicant().name()),
                    submitted.applicant().birthDate(), submitted.organisations().size(), submitted.renewalOf());
        } else if (event instanceof CardTakenOverEvent takenOver) {
            batch.add("""
                    INSERT INTO {card_application} (case_id, program, applicant_key, birth_date, organisations,
                        confirmed, disputed, renewal_of)
                    VALUES (?, ?, ?, ?, 0, 0, 0, NULL) ON CONFLICT (case_id) DO NOTHING""",
                    takenOver.caseId(), takenOver.program().code(), SearchKeys.of(takenOver.holder().name()),
                    takenOver.holder().birthDate());
        } else if (event instanceof OrganisationConfirmedEvent confirmed) {
            batch.add("UPDATE {card_application} SET confirmed = confirmed + 1 WHERE case_id = ?", confirmed.caseId());
        } else if (event instanceof OrganisationDisputedEvent disputed) {
            batch.add("UPDATE {card_application} SET disputed = disputed + 1 WHERE case_id = ?", disputed.caseId());
        } else if (event instanceof EligibilityDecidedEvent decided) {
            batch.add("UPDATE {card_application} SET eligible = ? WHERE case_id = ?", decided.eligible(),
                    decided.caseId());
        } else if (event instanceof CardIssuedEvent issued) {
            batch.add("UPDATE {card_application} SET card_number = ?, valid_from = ?, valid_until = ? WHERE case_id = ?",
                    issued.cardNumber(), issued.validFrom(), issued.validUntil(), issued.caseId());
        }
    }
}
