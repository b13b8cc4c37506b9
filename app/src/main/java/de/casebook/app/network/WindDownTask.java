package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.CloseNetworkCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A coordinator closes the ending network with its final report. */
@Component
class WindDownTask extends FormTask<WindDownTask.Form> {

    record Form(@NotBlank @Size(max = 20000) String finalReport) {
    }

    private final CaseCommands commands;

    WindDownTask(CaseCommands commands) {
        super(NetworkProcesses.USER_WIND_DOWN, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        commands.sendForTask(new CloseNetworkCommand(task.caseId(), form.finalReport()), task.actor(), task.taskId());
        return Map.of();
    }
}
