package de.casebook.app.cases;

import de.casebook.app.eventstore.CasebookEventStore;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.shared.CaseMetaData;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The event stream of one case (or course), read straight from the event store: the truth that
 * summaries, as-of views and histories are folded from. Always from the first event, never from a
 * snapshot: a snapshot is the aggregate's state, not a step of the case.
 */
@Component
public class CaseEvents {

    private final CasebookEventStore eventStore;

    public CaseEvents(CasebookEventStore eventStore) {
        this.eventStore = eventStore;
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
     * The events of a case of the given aggregate type as it was at {@code until} (all of them if null),
     * reading none recorded after it: 404 if there is no such case, 403 ({@code deniedCode}) unless
     * {@code maySee} accepts its first event, 404 if the case did not exist yet at that instant (also
     * when a clock set back let a later step be recorded before the case's first one).
     */
    public List<DomainEventMessage<?>> shownAsOf(String caseId, String aggregateType, Instant until,
                                                 Predicate<DomainEventMessage<?>> maySee, String deniedCode) {
        var events = until == null ? existing(caseId, aggregateType) : readUntil(caseId, until);
        var existed = !events.isEmpty() && events.get(0).getSequenceNumber() == 0;
        var first = existed ? events.get(0) : creation(caseId, aggregateType);
        if (!aggregateType.equals(first.getType())) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        if (!maySee.test(first)) {
            throw new AccessDeniedException(deniedCode);
        }
        if (!existed) {
            throw ApiException.notFound("case.not-yet-existing", caseId, until);
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

    /** The event that created the case (of any type if {@code aggregateType} is null), read without the rest of the stream, for steps that check no access. */
    public DomainEventMessage<?> creation(String caseId, String aggregateType) {
        var first = plausible(caseId) ? eventStore.firstEvent(caseId).orElse(null) : null;
        if (first == null || aggregateType != null && !aggregateType.equals(first.getType())) {
            throw ApiException.notFound("case.not-found", caseId);
        }
        return first;
    }

    /**
     * Of a case's whole stream, the events recorded up to {@code until}; 404 if the case did not exist
     * yet then (its first event recorded after the instant).
     */
    public static List<DomainEventMessage<?>> existingAt(List<DomainEventMessage<?>> events, String caseId,
                                                         Instant until) {
        var shown = until(events, until);
        if (shown.isEmpty() || shown.get(0).getSequenceNumber() != 0) {
            throw ApiException.notFound("case.not-yet-existing", caseId, until);
        }
        return shown;
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

    private List<DomainEventMessage<?>> readUntil(String caseId, Instant until) {
        return plausible(caseId) ? eventStore.eventsUntil(caseId, until) : List.of();
    }

    private List<DomainEventMessage<?>> read(String caseId) {
        if (!plausible(caseId)) {
            return List.of();
        }
        return eventStore.readEvents(caseId, 0).asStream().<DomainEventMessage<?>>map(event -> event).toList();
    }

    /** An id that may name a case: anything else is not looked up (and is a 404). */
    private static boolean plausible(String caseId) {
        return caseId != null && !caseId.isBlank() && caseId.length() <= 100;
    }
}
