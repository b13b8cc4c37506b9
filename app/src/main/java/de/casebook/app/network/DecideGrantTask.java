package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.ApproveGrantCommand;
import de.casebook.domain.network.api.DeclineGrantCommand;
import de.casebook.domain.network.api.DeferGrantCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The ministry decides a grant: approve (amount, one or two instalments), decline (with a reason),
 * or wait for budget until a follow-up date.
 */
@Component
class DecideGrantTask extends FormTask<DecideGrantTask.Form> {

    record Form(@NotNull @Pattern(regexp = "approve|decline|wait-for-budget") String decision,
                @Digits(integer = 7, fraction = 2) BigDecimal approvedAmountEur, @Min(1) @Max(2) Integer instalments,
                LocalDate followUpOn, @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    DecideGrantTask(CaseCommands commands) {
        super(NetworkProcesses.USER_DECIDE_GRANT, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var grantId = task.variable(NetworkProcesses.VAR_GRANT_ID);
        switch (form.decision()) {
            case "approve" -> {
                if (form.approvedAmountEur() == null) {
                    throw ApiException.badRequest("grant.approved-amount-required");
                }
                commands.sendForTask(new ApproveGrantCommand(task.caseId(), grantId, form.approvedAmountEur(),
                        form.instalments() == null ? 1 : form.instalments(), form.reason()), task.actor(), task.taskId());
                return Map.of(NetworkProcesses.VAR_GRANT_DECISION, "approve");
            }
            case "decline" -> {
                commands.sendForTask(new DeclineGrantCommand(task.caseId(), grantId, form.reason()), task.actor(),
                        task.taskId());
                return Map.of(NetworkProcesses.VAR_GRANT_DECISION, "decline");
            }
            default -> {
                commands.sendForTask(new DeferGrantCommand(task.caseId(), grantId, form.followUpOn(), form.reason()),
                        task.actor(), task.taskId());
                return Map.of(NetworkProcesses.VAR_GRANT_DECISION, "wait-for-budget",
                        NetworkProcesses.VAR_FOLLOW_UP_AT, NetworkProcesses.startOf(form.followUpOn()));
            }
        }
    }
}
