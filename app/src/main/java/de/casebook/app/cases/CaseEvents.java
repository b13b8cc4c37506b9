package de.casebook.app.cases;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.shared.CaseMetaData;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The event stream of one case (or course), read straight from the event store: the truth that
 * summaries, as-of views and histories are folded from. Also the place that decides who may see it.
 */
@Component
public class CaseEvents {

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    public CaseEvents(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** The events of a case of the given aggregate type the actor may see; 404 or 403 otherwise. */
    public List<DomainEventMessage<?>> visibleTo(Actor actor, String caseId, String aggregateType) {
        var events = existing(caseId, aggregateType);
        if (!actor.belongsTo(municipalityOf(events))) {
            throw new AccessDeniedException("case.other-municipality");
        }
        return events;
    }

    /** The events of a case of the given aggregate type (any, if null), for callers that decide access themselves. */
    public List<DomainEventMessage<?>> existing(String caseId, String aggregateType) {
        var events = read(caseId);
        if (events.isEmpty() || aggregateType != null && !aggregateType.equals(events.get(0).getType())) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        return events;
    }

    /**
     * The first event of a case the actor may see, read without the rest of the stream: enough to
     * check access and to know what the case was created with.
     */
    public DomainEventMessage<?> creation(Actor actor, String caseId, String aggregateType) {
        var first = creation(caseId, aggregateType);
        if (!actor.belongsTo(municipalityOf(List.of(first)))) {
            throw new AccessDeniedException("case.other-municipality");
        }
        return first;
    }

    /** The event that created the case, read without the rest of the stream, for steps that check no access. */
    public DomainEventMessage<?> creation(String caseId, String aggregateType) {
        var first = caseId == null || caseId.isBlank() || caseId.length() > 100
                ? null
                : eventStore.readEvents(caseId).asStream().findFirst().orElse(null);
        if (first == null || !aggregateType.equals(first.getType())) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        return first;
    }

    /**
     * The ids of the newest cases created by the event type (whose payload names the
     * {@code municipality}) in the municipality, newest first.
     */
    public List<String> createdIn(Class<?> creationEvent, String municipality, int limit) {
        return jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry
                        WHERE payloadtype = :type
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'municipality' = :municipality
                        ORDER BY globalindex DESC LIMIT :limit""")
                .param("type", creationEvent.getName())
                .param("municipality", municipality)
                .param("limit", limit)
                .query(String.class).list();
    }

    public static List<DomainEventMessage<?>> until(List<DomainEventMessage<?>> events, Instant until) {
        if (until == null) {
            return events;
        }
        return events.stream().filter(event -> !event.getTimestamp().isAfter(until)).toList();
    }

    public static String municipalityOf(List<DomainEventMessage<?>> events) {
        return String.valueOf(events.get(0).getMetaData().get(CaseMetaData.MUNICIPALITY));
    }

    private List<DomainEventMessage<?>> read(String caseId) {
        if (caseId == null || caseId.isBlank() || caseId.length() > 100) {
            return List.of();
        }
        return eventStore.readEvents(caseId).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }
}
