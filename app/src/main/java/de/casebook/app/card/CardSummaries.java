package de.casebook.app.card;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.security.Actor;
import de.casebook.processes.card.CardApplicationProcess;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
        return "card-application";
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
    public String personName(Actor actor, String caseId) {
        return applications.view(actor, caseId, null).applicant().name();
    }

    @Override
    public CardApplicationView summary(Actor actor, String caseId, Instant asOf) {
        return applications.view(actor, caseId, asOf);
    }

    @Override
    public List<FoundCase> search(Actor actor, String person, Instant openedFrom, Instant openedBefore) {
        var name = person == null ? "" : person.strip().toLowerCase(Locale.GERMAN);
        return applications.ofMunicipality(actor.municipality()).stream()
                .filter(view -> view.applicant().name().toLowerCase(Locale.GERMAN).contains(name))
                .map(view -> new FoundCase(view.caseId(), caseType(), view.applicant().name(), view.submittedAt()))
                .filter(found -> found.openedBetween(openedFrom, openedBefore))
                .toList();
    }

    @Override
    public String summaryFragment() {
        return "card/summary :: summary";
    }
}
