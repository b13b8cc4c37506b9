package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.AcceptProofOfUseCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The ministry accepts the proof of use (Verwendungsnachweis), which closes the grant. */
@Component
class CheckProofOfUseTask extends FormTask<CheckProofOfUseTask.Form> {

    record Form(@Size(max = 2000) String comment) {
    }

    private final CaseCommands commands;

    CheckProofOfUseTask(CaseCommands commands) {
        super(NetworkProcesses.USER_CHECK_PROOF_OF_USE, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        commands.sendForTask(new AcceptProofOfUseCommand(task.caseId(), task.variable(NetworkProcesses.VAR_GRANT_ID),
                form.comment()), task.actor(), task.taskId());
        return Map.of();
    }
}
