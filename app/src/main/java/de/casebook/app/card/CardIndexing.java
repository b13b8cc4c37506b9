package de.casebook.app.card;

import static de.casebook.app.cases.CaseIndexing.CaseChange.to;

import de.casebook.app.cases.CaseIndexing;
import de.casebook.app.cases.CaseTypes;
import de.casebook.domain.card.api.ApplicationRejectedEvent;
import de.casebook.domain.card.api.ApplicationWithdrawnEvent;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardExpiredEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.card.api.CardRevokedEvent;
import de.casebook.domain.card.api.EligibilityDecidedEvent;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** A card application in the case index: named by the applicant, of its program. */
@Component
class CardIndexing implements CaseIndexing {

    /** The statuses of {@link CardApplicationView}, by the event that leads to them. */
    static final Map<Class<?>, CaseChange> CHANGES = Map.of(
            EligibilityDecidedEvent.class, to("in-review"),
            CardIssuedEvent.class, to("issued").deciding(),
            ApplicationRejectedEvent.class, to("rejected").deciding().closing(),
            ApplicationWithdrawnEvent.class, to("withdrawn").closing(),
            CardExpiredEvent.class, to("expired").closing(),
            CardRevokedEvent.class, to("revoked").closing());

    static final String SUBMITTED = "awaiting-confirmation";
    /** Until its card is recorded by the next event of the same step. */
    static final String TAKEN_OVER = "issued";

    @Override
    public String caseType() {
        return CaseTypes.CARD_APPLICATION;
    }

    @Override
    public String aggregateType() {
        return CardApplications.CARD_APPLICATION;
    }

    @Override
    public OpenedCase opened(DomainEventMessage<?> first) {
        if (first.getPayload() instanceof CardTakenOverEvent takenOver) {
            return new OpenedCase(takenOver.caseNumber(), takenOver.program().code(), takenOver.holder().name(), null,
                    List.of(), TAKEN_OVER);
        }
        var submitted = (CardApplicationSubmittedEvent) first.getPayload();
        return new OpenedCase(submitted.caseNumber(), submitted.program().code(), submitted.applicant().name(), null,
                List.of(), SUBMITTED);
    }

    @Override
    public CaseChange change(Class<?> eventType) {
        return CHANGES.get(eventType);
    }
}
