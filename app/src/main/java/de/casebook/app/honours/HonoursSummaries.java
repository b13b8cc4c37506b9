package de.casebook.app.honours;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.processes.honours.HonoursProcess;
import java.time.Instant;
import java.util.List;
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
        return CaseTypes.NOMINATION;
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

    /** Staff and the mayor of the municipality; jurors find their nominations in their tasks. */
    @Override
    public String visibleCases(Actor actor) {
        return actor.role() == Role.STAFF || actor.role() == Role.MAYOR ? "c.municipality = :actorMunicipality" : "FALSE";
    }

    @Override
    public NominationView summary(Actor actor, String caseId, Instant asOf) {
        return nominations.view(actor, caseId, asOf);
    }

    @Override
    public String summaryFragment() {
        return "honours/summary :: summary";
    }
}
