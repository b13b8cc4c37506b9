package de.casebook.app.honours;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.processes.honours.HonoursProcess;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** Nominations as cases: confidential (see {@link Nominations}), named by the nominee. */
@Component
class HonoursSummaries implements CaseSummaries {

    private final Nominations nominations;

    HonoursSummaries(Nominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public String caseType() {
        return "nomination";
    }

    @Override
    public String aggregateType() {
        return Nominations.NOMINATION;
    }

    @Override
    public String processKey() {
        return HonoursProcess.KEY;
    }

    /** The whole history (every score, every address) is for staff and the mayor; jurors see their view only. */
    @Override
    public boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return actor.role() != Role.JURY && Nominations.maySee(actor, events);
    }

    @Override
    public String personName(Actor actor, String caseId) {
        return nominations.view(actor, caseId, null).nominee().name();
    }

    @Override
    public NominationView summary(Actor actor, String caseId, Instant asOf) {
        return nominations.view(actor, caseId, asOf);
    }

    @Override
    public List<FoundCase> search(Actor actor, String person, Instant openedFrom, Instant openedBefore) {
        if (actor.role() != Role.STAFF) {
            return List.of();
        }
        var name = person == null ? "" : person.strip().toLowerCase(Locale.GERMAN);
        return nominations.ofMunicipality(actor.municipality()).stream()
                .filter(view -> view.nominee().name().toLowerCase(Locale.GERMAN).contains(name))
                .map(view -> new FoundCase(view.caseId(), caseType(), view.nominee().name(), view.submittedAt()))
                .filter(found -> found.openedBetween(openedFrom, openedBefore))
                .toList();
    }

    @Override
    public String summaryFragment() {
        return "honours/summary :: summary";
    }
}
