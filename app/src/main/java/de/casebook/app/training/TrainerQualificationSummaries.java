package de.casebook.app.training;

import de.casebook.app.cases.CaseSummaries;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.processes.training.TrainerQualificationProcess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

@Component
class TrainerQualificationSummaries implements CaseSummaries {

    /** The case, and whether the reader may sign off its modules (a registered trainer of the municipality). */
    record Summary(TrainerQualificationView trainer, boolean maySignOff, boolean mayWithdraw,
                   List<String> educationProviders, LocalDate today) {
    }

    private final TrainerQualifications qualifications;
    private final TrainerAccounts accounts;
    private final TrainerDirectory directory;
    private final Clock clock;

    TrainerQualificationSummaries(TrainerQualifications qualifications, TrainerAccounts accounts,
                                  TrainerDirectory directory, Clock clock) {
        this.qualifications = qualifications;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String caseType() {
        return CaseTypes.TRAINER_QUALIFICATION;
    }

    @Override
    public String aggregateType() {
        return TrainerQualifications.AGGREGATE;
    }

    @Override
    public String processKey() {
        return TrainerQualificationProcess.KEY;
    }

    @Override
    public boolean maySee(Actor actor, List<DomainEventMessage<?>> events) {
        return qualifications.maySee(actor, events.get(0));
    }

    @Override
    public String visibleCases(Actor actor) {
        return qualifications.visibleCases(actor);
    }

    @Override
    public Summary summary(Actor actor, String caseId, Instant asOf) {
        var view = TrainerQualificationView.of(qualifications.events(actor, caseId, asOf));
        var maySignOff = asOf == null && view.inTraining() && actor.role() == Role.TRAINER
                && accounts.isRegisteredIn(actor.username(), actor.municipality());
        var mayWithdraw = asOf == null && !view.ended()
                && List.of(TrainerQualificationController.WITHDRAWERS).contains(actor.role());
        return new Summary(view, maySignOff, mayWithdraw,
                view.registered() ? directory.educationProvidersOf(caseId) : List.of(), LocalDate.now(clock));
    }

    @Override
    public String summaryFragment() {
        return "training/summary :: summary";
    }
}
