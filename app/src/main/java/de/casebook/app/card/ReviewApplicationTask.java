package de.casebook.app.card;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
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
    private final CardApplications applications;
    private final CaseNumbers caseNumbers;
    private final CardNumbers numbers;
    private final CardProperties settings;

    ReviewApplicationTask(CaseCommands commands, CardApplications applications, CaseNumbers caseNumbers,
                          CardNumbers numbers, CardProperties settings) {
        super(CardApplicationProcess.USER_REVIEW_APPLICATION, Form.class);
        this.commands = commands;
        this.applications = applications;
        this.caseNumbers = caseNumbers;
        this.numbers = numbers;
        this.settings = settings;
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
        var submitted = applications.submitted(task.caseId());
        var cardNumber = caseNumbers.existingOrNext(submitted.caseNumber(), CaseTypes.CARD_APPLICATION,
                submitted.municipality());
        LocalDate lastValidDay = commands.sendForTask(new ApproveCardApplicationCommand(task.caseId(), form.comment(),
                cardNumber, numbers.verificationCode(task.caseId())), task.actor(), task.taskId());
        var variables = new HashMap<String, Object>();
        variables.put(CardApplicationProcess.VAR_APPROVED, true);
        variables.put(CardApplicationProcess.VAR_EXPIRES_AT, CardApplicationProcess.expiresAt(lastValidDay));
        variables.put(CardApplicationProcess.VAR_EXPIRY_REMINDER_AT,
                CardApplicationProcess.expiryReminderAt(lastValidDay, settings.expiryReminderDays()));
        return variables;
    }
}
