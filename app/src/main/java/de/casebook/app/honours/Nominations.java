package de.casebook.app.honours;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds nominations and keeps them confidential: only the municipality's staff and mayor and the
 * jury of the nomination's call see one. Jurors see it without the other scores and contact details.
 */
@Component
class Nominations {

    static final String NOMINATION = "Nomination";

    private final CaseEvents caseEvents;
    Nominations(CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
    }

    List<DomainEventMessage<?>> visibleEvents(Actor actor, String caseId) {
        var events = caseEvents.existing(caseId, NOMINATION);
        if (!maySee(actor, events)) {
            throw new AccessDeniedException("nomination.confidential");
        }
        return events;
    }

    static boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        var submitted = (NominationSubmittedEvent) events.get(0).getPayload();
        if (!actor.municipality().equals(submitted.municipality())) {
            return false;
        }
        return switch (actor.role()) {
            case STAFF, MAYOR -> true;
            case JURY -> submitted.rules().jury().contains(actor.username());
            default -> false;
        };
    }

    NominationView view(Actor actor, String caseId, Instant asOf) {
        var events = CaseEvents.until(visibleEvents(actor, caseId), asOf);
        if (events.isEmpty()) {
            throw ApiException.notFound("case.not-yet-existing", caseId, asOf);
        }
        var view = NominationView.of(events);
        return actor.role() == Role.JURY ? view.forJuror(actor.username()) : view;
    }

    /** For the system's own steps (no access check). */
    NominationSubmittedEvent submitted(String caseId) {
        return (NominationSubmittedEvent) caseEvents.creation(caseId, NOMINATION).getPayload();
    }

    NominationView view(String caseId) {
        return NominationView.of(caseEvents.existing(caseId, NOMINATION));
    }

}
