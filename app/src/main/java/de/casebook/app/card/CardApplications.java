package de.casebook.app.card;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds card applications. Queries fold each case's events (ADR 0001); lists read the newest 2,000
 * applications of a municipality.
 */
@Component
class CardApplications {

    static final String CARD_APPLICATION = "CardApplication";
    private static final int LIST_LIMIT = 2000;

    private final CaseEvents caseEvents;
    private final JdbcClient jdbc;

    CardApplications(CaseEvents caseEvents, JdbcClient jdbc) {
        this.caseEvents = caseEvents;
        this.jdbc = jdbc;
    }

    List<DomainEventMessage<?>> visibleEvents(Actor actor, String caseId) {
        return caseEvents.visibleTo(actor, caseId, CARD_APPLICATION);
    }

    CardApplicationView view(Actor actor, String caseId, Instant asOf) {
        var events = CaseEvents.until(visibleEvents(actor, caseId), asOf);
        if (events.isEmpty()) {
            throw ApiException.notFound("case.not-yet-existing", caseId, asOf);
        }
        return CardApplicationView.of(events);
    }

    /** Any application, for the system's own steps (no access check). */
    CardApplicationView view(String caseId) {
        return CardApplicationView.of(caseEvents.existing(caseId, CARD_APPLICATION));
    }

    CardApplicationSubmittedEvent submitted(String caseId) {
        return (CardApplicationSubmittedEvent) caseEvents.creation(caseId, CARD_APPLICATION).getPayload();
    }

    List<CardApplicationView> ofMunicipality(String municipality) {
        return caseEvents.createdIn(CardApplicationSubmittedEvent.class, municipality, LIST_LIMIT).stream()
                .map(this::view)
                .toList();
    }

    /** Applications by the same person (name and birth date) for a program, in any municipality. */
    List<CardApplicationView> ofApplicant(String name, LocalDate birthDate, String program) {
        return jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE payloadtype = :type
                          AND lower(convert_from(payload, 'UTF8')::jsonb #>> '{applicant,name}') = lower(:name)
                          AND convert_from(payload, 'UTF8')::jsonb #>> '{applicant,birthDate}' = :birthDate
                          AND convert_from(payload, 'UTF8')::jsonb #>> '{program,code}' = :program""")
                .param("type", CardApplicationSubmittedEvent.class.getName())
                .param("name", name.strip())
                .param("birthDate", birthDate.toString())
                .param("program", program)
                .query(String.class).list().stream()
                .map(this::view)
                .toList();
    }
}
