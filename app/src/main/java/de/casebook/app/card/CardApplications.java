package de.casebook.app.card;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.card.api.ConfirmationRequestedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds one card application and decides who may see it; a case's view folds its events (ADR 0001).
 * Lists across applications read the read models ({@link CardApplicationList}).
 */
@Component
class CardApplications {

    static final String CARD_APPLICATION = "CardApplication";
    private static final Set<Role> OFFICE = Set.of(Role.STAFF, Role.AUDITOR, Role.ADMIN);

    private final CaseEvents caseEvents;

    CardApplications(CaseEvents caseEvents) {
        this.caseEvents = caseEvents;
    }

    /** The application's events, if the actor may see it: the staff, auditors and admins of its municipality. */
    List<DomainEventMessage<?>> visibleEvents(Actor actor, String caseId) {
        var events = caseEvents.existing(caseId, CARD_APPLICATION);
        if (!maySee(actor, events)) {
            throw new AccessDeniedException("card.not-yours");
        }
        return events;
    }

    static boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return OFFICE.contains(actor.role()) && actor.municipality().equals(CaseEvents.municipalityOf(events));
    }

    /** {@link #maySee} for the case index {@code c}. */
    static String visibleCases(Actor actor) {
        return OFFICE.contains(actor.role()) ? "c.municipality = :actorMunicipality" : "FALSE";
    }

    CardApplicationView view(Actor actor, String caseId, Instant asOf) {
        return CardApplicationView.of(caseEvents.shownAsOf(caseId, CARD_APPLICATION, asOf,
                first -> maySee(actor, List.of(first)), "card.not-yours"));
    }

    /** Any application, for the system's own steps (no access check). */
    CardApplicationView view(String caseId) {
        return CardApplicationView.of(caseEvents.existing(caseId, CARD_APPLICATION));
    }

    /**
     * Why a confirmation link no longer works, if it does not: the rule the case applies when the link
     * is answered (newest link of the organisation, not answered, not expired), asked before anything of
     * the case is shown to whoever holds the link.
     */
    Optional<String> closedLink(String caseId, int index, String tokenHash, Instant now) {
        var events = caseEvents.existing(caseId, CARD_APPLICATION);
        var view = CardApplicationView.of(events);
        var newest = events.stream()
                .map(DomainEventMessage::getPayload)
                .filter(ConfirmationRequestedEvent.class::isInstance)
                .map(ConfirmationRequestedEvent.class::cast)
                .filter(requested -> requested.organisationIndex() == index)
                .reduce((earlier, later) -> later);
        if (newest.isEmpty() || !newest.get().tokenHash().equals(tokenHash)) {
            return Optional.of("confirmation.link-replaced");
        }
        if (!"awaiting-confirmation".equals(view.status())
                || !"pending".equals(view.organisations().get(index).confirmation())) {
            return Optional.of("confirmation.already-answered");
        }
        if (!now.isBefore(newest.get().expiresAt())) {
            return Optional.of("confirmation.link-expired");
        }
        return Optional.empty();
    }

    /** Whom a card case is about, whether they applied or their card was taken over from the previous register. */
    record Holder(String caseNumber, String municipality, Applicant person, boolean takenOver) {
    }

    Holder holder(String caseId) {
        var opening = caseEvents.creation(caseId, CARD_APPLICATION).getPayload();
        if (opening instanceof CardTakenOverEvent takenOver) {
            return new Holder(takenOver.caseNumber(), takenOver.municipality(), takenOver.holder(), true);
        }
        var submitted = (CardApplicationSubmittedEvent) opening;
        return new Holder(submitted.caseNumber(), submitted.municipality(), submitted.applicant(), false);
    }

    CardApplicationSubmittedEvent submitted(String caseId) {
        return (CardApplicationSubmittedEvent) caseEvents.creation(caseId, CARD_APPLICATION).getPayload();
    }

}
