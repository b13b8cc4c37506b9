package de.casebook.app.card;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.card.api.AbandonConfirmationCommand;
import de.casebook.processes.card.CardApplicationProcess;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An organisation did not answer in 28 days: staff send a new link (the process sends it), or go on
 * without this confirmation, with a reason.
 */
@Component
class ChaseConfirmationTask extends FormTask<ChaseConfirmationTask.Form> {

    record Form(@NotNull @Pattern(regexp = "resend|give-up") String decision, @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    ChaseConfirmationTask(CaseCommands commands) {
        super(CardApplicationProcess.USER_CHASE_CONFIRMATION, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var resend = "resend".equals(form.decision());
        if (!resend) {
            var index = Integer.parseInt(task.variable(CardApplicationProcess.VAR_ORGANISATION_INDEX));
            commands.sendForTask(new AbandonConfirmationCommand(task.caseId(), index, form.reason()), task.actor(),
                    task.taskId());
        }
        return Map.of(CardApplicationProcess.VAR_RESEND, resend);
    }
}
