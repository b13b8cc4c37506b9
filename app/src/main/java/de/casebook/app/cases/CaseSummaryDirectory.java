package de.casebook.app.cases;

import java.time.Instant;
import java.util.Collection;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The {@link CaseSummaries} of every case type on main, by case type, aggregate type or process. */
@Component
public class CaseSummaryDirectory {

    private final Map<String, CaseSummaries> byCaseType;
    private final Map<String, CaseSummaries> byAggregateType;
    private final Map<String, CaseSummaries> byProcessKey;

    private final CaseEvents caseEvents;

    public CaseSummaryDirectory(List<CaseSummaries> summaries, CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
        byCaseType = summaries.stream().collect(Collectors.toUnmodifiableMap(CaseSummaries::caseType, Function.identity()));
        byAggregateType = summaries.stream()
                .collect(Collectors.toUnmodifiableMap(CaseSummaries::aggregateType, Function.identity()));
        byProcessKey = summaries.stream()
                .flatMap(summary -> summary.processKeys().stream().map(key -> Map.entry(key, summary)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The events of a case of any type, if the actor may see it by that type's rule; 404 or 403 otherwise. */
    public List<DomainEventMessage<?>> visibleEvents(Actor actor, String caseId) {
        var events = caseEvents.existing(caseId, null);
        var summaries = ofAggregateType(events.get(0).getType())
                .orElseThrow(() -> ApiException.notFound("case.not-found", caseId));
        if (!summaries.maySee(actor, events)) {
            throw new AccessDeniedException("case.not-yours");
        }
        return events;
    }

    /**
     * {@link #visibleEvents} as the case was at {@code until} (now if null); 404 if it did not exist yet
     * then. Reads none of the events after the instant where the case type's access rule decides on
     * the first event.
     */
    public List<DomainEventMessage<?>> visibleEventsAsOf(Actor actor, String caseId, Instant until) {
        if (until == null) {
            return visibleEvents(actor, caseId);
        }
        var type = caseEvents.creation(caseId, null).getType();
        var summaries = ofAggregateType(type).orElseThrow(() -> ApiException.notFound("case.not-found", caseId));
        if (!summaries.decidesOnFirstEvent()) {
            return CaseEvents.existingAt(visibleEvents(actor, caseId), caseId, until);
        }
        return caseEvents.shownAsOf(caseId, type, until, first -> summaries.maySee(actor, List.of(first)),
                "case.not-yours");
    }

    public Optional<CaseSummaries> ofCaseType(String caseType) {
        return Optional.ofNullable(byCaseType.get(caseType));
    }

    public Optional<CaseSummaries> ofAggregateType(String aggregateType) {
        return Optional.ofNullable(byAggregateType.get(aggregateType));
    }

    public Optional<CaseSummaries> ofProcessKey(String processKey) {
        return Optional.ofNullable(byProcessKey.get(processKey));
    }

    public List<String> caseTypes() {
        return byCaseType.keySet().stream().sorted().toList();
    }

    public Collection<CaseSummaries> all() {
        return byCaseType.values();
    }
}
