package de.casebook.app.training;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.security.Actor;
import de.casebook.domain.training.api.WithdrawTrainerCommand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a candidacy, or takes a trainer off the register: from the same transaction on, their account
 * leads no new course and signs off nothing (courses they led keep them in their history).
 */
@Service
class WithdrawingTrainers {

    private final TrainerQualifications qualifications;
    private final TrainerAccounts accounts;
    private final CaseCommands commands;

    WithdrawingTrainers(TrainerQualifications qualifications, TrainerAccounts accounts, CaseCommands commands) {
        this.qualifications = qualifications;
        this.accounts = accounts;
        this.commands = commands;
    }

    @Transactional
    TrainerQualificationView withdraw(String caseId, String reason, Actor actor) {
        qualifications.requireMaySee(actor, caseId);
        commands.send(new WithdrawTrainerCommand(caseId, reason), actor);
        accounts.release(caseId);
        return qualifications.view(actor, caseId);
    }
}
