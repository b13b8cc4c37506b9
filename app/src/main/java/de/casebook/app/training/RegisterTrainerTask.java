package de.casebook.app.training;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.training.api.RegisterTrainerCommand;
import de.casebook.processes.training.TrainerQualificationProcess;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The Landesnetzwerk enters the trained candidate in the register, and may link their account at once. */
@Component
class RegisterTrainerTask extends FormTask<RegisterTrainerTask.Form> {

    /** {@code username}: the account that signs in as the new trainer, if they have one yet. */
    record Form(@Size(max = 200) String username) {
    }

    private final CaseCommands commands;
    private final LinkingTrainerAccounts linking;

    RegisterTrainerTask(CaseCommands commands, LinkingTrainerAccounts linking) {
        super(TrainerQualificationProcess.USER_REGISTER_TRAINER, Form.class);
        this.commands = commands;
        this.linking = linking;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        commands.sendForTask(new RegisterTrainerCommand(task.caseId()), task.actor(), task.taskId());
        if (form.username() != null && !form.username().isBlank()) {
            linking.link(task.caseId(), form.username(), task.actor());
        }
        return Map.of();
    }
}
