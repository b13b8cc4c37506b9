package de.casebook.app.card;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.security.Actor;
import de.casebook.processes.card.CardApplicationProcess;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** Card applications as cases: named by the applicant, summarised beside their tasks. */
@Component
class CardSummaries implements CaseSummaries {

    private final CardApplications applications;

    CardSummaries(CardApplications applications) {
        this.applications = applications;
    }

    @Override
    public String caseType() {
        return CaseTypes.CARD_APPLICATION;
    }

    @Override
    public String aggregateType() {
        return CardApplications.CARD_APPLICATION;
    }

    @Override
    public String processKey() {
        return CardApplicationProcess.KEY;
    }

    @Override
    public boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return CardApplications.maySee(actor, events);
    }

    @Override
    public String visibleCases(Actor actor) {
        return CardApplications.visibleCases(actor);
    }

    @Override
    public CardApplicationView summary(Actor actor, String caseId, Instant asOf) {
        return applications.view(actor, caseId, asOf);
    }

    @Override
    public String summaryFragment() {
        return "card/summary :: summary";
    }
}
