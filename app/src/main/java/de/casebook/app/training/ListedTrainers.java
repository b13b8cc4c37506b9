package de.casebook.app.training;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.training.api.LinkTrainerAccountCommand;
import de.casebook.domain.training.api.ListTrainerCommand;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enters the trainers configured under {@code casebook.training.listed} (qualified before Casebook)
 * in the register with their accounts, once: an account already linked is left as it is, also when
 * two nodes start at the same moment.
 */
@Component
class ListedTrainers {

    private static final Logger LOG = LoggerFactory.getLogger(ListedTrainers.class);
    static final String REASON = "Vor Casebook qualifiziert (Konfiguration casebook.training.listed)";

    private final TrainingProperties settings;
    private final TrainerAccounts accounts;
    private final CaseNumbers caseNumbers;
    private final CaseCommands commands;
    private final TransactionTemplate transactions;

    ListedTrainers(TrainingProperties settings, TrainerAccounts accounts, CaseNumbers caseNumbers,
                   CaseCommands commands, TransactionTemplate transactions) {
        this.settings = settings;
        this.accounts = accounts;
        this.caseNumbers = caseNumbers;
        this.commands = commands;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void enterListedTrainers() {
        for (var trainer : settings.listed()) {
            if (accounts.trainerIdOf(trainer.username()).isEmpty()) {
                enter(trainer);
            }
        }
    }

    private void enter(TrainingProperties.ListedTrainer trainer) {
        try {
            transactions.executeWithoutResult(status -> {
                var trainerId = UUID.randomUUID().toString();
                accounts.claim(trainer.username(), trainerId, trainer.municipality());
                var caseNumber = caseNumbers.next(CaseTypes.TRAINER_QUALIFICATION, trainer.municipality());
                commands.sendAsSystem(new ListTrainerCommand(trainerId, caseNumber, trainer.municipality(),
                        new Participant(trainer.name(), trainer.email(), null), trainer.qualifiedSince(), REASON),
                        trainer.municipality());
                commands.sendAsSystem(new LinkTrainerAccountCommand(trainerId, trainer.username()),
                        trainer.municipality());
                LOG.info("Trainer register: account {} entered as {}", trainer.username(), caseNumber);
            });
        } catch (ApiException linkedMeanwhile) {
            LOG.info("Trainer register: account {} was entered by another node", trainer.username());
        }
    }
}
