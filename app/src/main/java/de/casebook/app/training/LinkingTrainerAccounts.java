package de.casebook.app.training;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseEvents;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.app.security.Users;
import de.casebook.domain.training.api.LinkTrainerAccountCommand;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a user account to a register entry: from then on that account may lead courses and sign off
 * hours. Where Casebook knows its accounts (the demo's list), the account must be a trainer of the
 * entry's municipality; with an identity provider the provider vouches for the account's role.
 */
@Service
class LinkingTrainerAccounts {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,200}");

    private final CaseEvents caseEvents;
    private final CaseCommands commands;
    private final TrainerAccounts accounts;
    private final Users users;

    LinkingTrainerAccounts(CaseEvents caseEvents, CaseCommands commands, TrainerAccounts accounts, Users users) {
        this.caseEvents = caseEvents;
        this.commands = commands;
        this.accounts = accounts;
        this.users = users;
    }

    @Transactional
    void link(String trainerId, String username, Actor actor) {
        var municipality = CaseEvents.municipalityOf(List.of(caseEvents.creation(trainerId,
                TrainerQualifications.AGGREGATE)));
        if (!actor.municipality().equals(municipality)) {
            throw new AccessDeniedException("trainer.not-yours");
        }
        var account = username.strip();
        if (!USERNAME.matcher(account).matches()) {
            throw ApiException.unprocessable("trainer.username-invalid", account);
        }
        users.find(account)
                .filter(user -> !user.has(Role.TRAINER) || !user.municipality().equals(municipality))
                .ifPresent(user -> {
                    throw ApiException.unprocessable("trainer.account-not-a-trainer", account);
                });
        commands.send(new LinkTrainerAccountCommand(trainerId, account), actor);
        accounts.claim(account, trainerId, municipality);
    }
}
