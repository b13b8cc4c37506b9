package de.casebook.app.card;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.card.api.ApproveCardApplicationCommand;
import de.casebook.domain.card.api.RejectCardApplicationCommand;
import de.casebook.domain.card.api.RejectionReason;
import de.casebook.processes.card.CardApplicationProcess;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Staff decide with the rules' result in view: approve (the card is issued with the next number) or
 * reject with a reason from the list; going against the rules needs a comment.
 */
@Component
class ReviewApplicationTask extends FormTask<ReviewApplicationTask.Form> {

    record Form(@NotNull @Pattern(regexp = "approve|reject") String decision, String reason,
                @Size(max = 2000) String comment) {
    }

    private final CaseCommands commands;
    private final CardNumbers numbers;
    private final CardProperties settings;
    private final Clock clock;

    ReviewApplicationTask(CaseCommands commands, CardNumbers numbers, CardProperties settings, Clock clock) {
        super(CardApplicationProcess.USER_REVIEW_APPLICATION, Form.class);
        this.commands = commands;
        this.numbers = numbers;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        if ("reject".equals(form.decision())) {
            var reason = RejectionReason.ofCode(form.reason() == null ? "" : form.reason())
                    .orElseThrow(() -> ApiException.badRequest("card.rejection-reason-required"));
            commands.sendForTask(new RejectCardApplicationCommand(task.caseId(), reason, form.comment()), task.actor(),
                    task.taskId());
            return Map.of(CardApplicationProcess.VAR_APPROVED, false);
        }
        // the task is offered to the staff of the case's municipality only, so the reviewer's is the case's
        LocalDate lastValidDay = commands.sendForTask(new ApproveCardApplicationCommand(task.caseId(), form.comment(),
                numbers.next(task.actor().municipality(), LocalDate.now(clock).getYear()), numbers.verificationCode(task.caseId())),
                task.actor(), task.taskId());
        var variables = new HashMap<String, Object>();
        variables.put(CardApplicationProcess.VAR_APPROVED, true);
        variables.put(CardApplicationProcess.VAR_EXPIRES_AT, CardApplicationProcess.expiresAt(lastValidDay));
        variables.put(CardApplicationProcess.VAR_EXPIRY_REMINDER_AT,
                CardApplicationProcess.expiryReminderAt(lastValidDay, settings.expiryReminderDays()));
        return variables;
    }
}
