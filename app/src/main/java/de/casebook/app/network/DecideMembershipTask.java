package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.DecideMembershipCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A coordinator admits or declines a municipality that applied; a declined application needs a reason. */
@Component
class DecideMembershipTask extends FormTask<DecideMembershipTask.Form> {

    record Form(@NotNull @Pattern(regexp = "admit|decline") String decision, @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    DecideMembershipTask(CaseCommands commands) {
        super(NetworkProcesses.USER_DECIDE_MEMBERSHIP, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var admit = "admit".equals(form.decision());
        LocalDate memberUntil = commands.sendForTask(new DecideMembershipCommand(task.caseId(),
                task.variable(NetworkProcesses.VAR_APPLICATION_ID), admit, form.reason()), task.actor(), task.taskId());
        var variables = new HashMap<String, Object>();
        variables.put(NetworkProcesses.VAR_ADMITTED, admit);
        variables.put(NetworkProcesses.VAR_MEMBER_UNTIL, NetworkProcesses.after(memberUntil));
        return variables;
    }
}
