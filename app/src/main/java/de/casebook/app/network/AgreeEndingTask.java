package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.KeepNetworkRunningCommand;
import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A review proposed ending the network: a coordinator agrees (ending starts) or keeps it running, with a reason. */
@Component
class AgreeEndingTask extends FormTask<AgreeEndingTask.Form> {

    record Form(@NotNull @Pattern(regexp = "end|continue") String decision, @NotBlank @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    AgreeEndingTask(CaseCommands commands) {
        super(NetworkProcesses.USER_AGREE_ENDING, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var end = "end".equals(form.decision());
        var command = end ? new StartEndingCommand(task.caseId(), form.reason().strip())
                : new KeepNetworkRunningCommand(task.caseId(), form.reason().strip());
        commands.sendForTask(command, task.actor(), task.taskId());
        return Map.of(NetworkProcesses.VAR_ENDING_AGREED, end);
    }
}
