package de.casebook.app.honours;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.honours.api.InformationRequestedEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.honours.api.StatementRequestedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        var events = caseEvents.shownAsOf(caseId, NOMINATION, asOf, first -> maySee(actor, List.of(first)),
                "nomination.confidential");
        var view = NominationView.of(events);
        return actor.role() == Role.JURY ? view.forJuror(actor.username()) : view;
    }

    /** For the system's own steps (no access check). */
    NominationSubmittedEvent submitted(String caseId) {
        return (NominationSubmittedEvent) caseEvents.creation(caseId, NOMINATION).getPayload();
    }

    /**
     * Why a nominator's or a reference's link no longer works, if it does not: the rule the case applies
     * when it is answered (newest link, still asked, not past its date), asked before anything of the
     * case is shown to whoever holds the link.
     */
    Optional<String> closedLink(String caseId, String purpose, int referenceIndex, String tokenHash, Instant now) {
        var events = caseEvents.existing(caseId, NOMINATION);
        var view = NominationView.of(events);
        var information = NominationLinks.INFORMATION.equals(purpose);
        Instant due = null;
        String newestHash = null;
        for (var event : events) {
            if (information && event.getPayload() instanceof InformationRequestedEvent requested) {
                newestHash = requested.tokenHash();
                due = requested.expiresAt();
            } else if (!information && event.getPayload() instanceof StatementRequestedEvent requested
                    && requested.referenceIndex() == referenceIndex) {
                newestHash = requested.tokenHash();
                due = requested.dueAt();
            }
        }
        var asked = information ? view.status().equals("information-requested")
                : view.references().get(referenceIndex).status().equals("asked");
        if (!tokenHash.equals(newestHash) || !asked) {
            return Optional.of("link.used");
        }
        return now.isBefore(due) ? Optional.empty() : Optional.of("link.expired");
    }

    NominationView view(String caseId) {
        return NominationView.of(caseEvents.existing(caseId, NOMINATION));
    }

}
