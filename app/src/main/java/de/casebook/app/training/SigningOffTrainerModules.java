package de.casebook.app.training;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.training.api.SignOffTrainerModuleCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A registered trainer of the municipality signs off hours of one module of a candidate's trainer course. */
@Service
class SigningOffTrainerModules {

    record ModuleSignOffRequest(@NotBlank @Size(max = 200) String module, @NotNull LocalDate date,
                                @NotNull BigDecimal hours, @Size(max = 200) String educationProvider) {
    }

    private final TrainerQualifications qualifications;
    private final TrainerAccounts accounts;
    private final CaseCommands commands;
    private final TrainingProperties settings;

    SigningOffTrainerModules(TrainerQualifications qualifications, TrainerAccounts accounts, CaseCommands commands,
                             TrainingProperties settings) {
        this.qualifications = qualifications;
        this.accounts = accounts;
        this.commands = commands;
        this.settings = settings;
    }

    @Transactional
    String signOff(String caseId, ModuleSignOffRequest request, Actor trainer) {
        if (!accounts.isRegisteredIn(trainer.username(), trainer.municipality())) {
            throw ApiException.forbidden("trainer.not-registered", trainer.username());
        }
        qualifications.requireMaySee(trainer, caseId);
        var signOffId = UUID.randomUUID().toString();
        var provider = request.educationProvider() == null || request.educationProvider().isBlank()
                ? null : request.educationProvider().strip();
        commands.send(new SignOffTrainerModuleCommand(caseId, signOffId, request.module(), request.date(),
                request.hours(), provider, settings.maxSessionHours()), trainer);
        return signOffId;
    }
}
