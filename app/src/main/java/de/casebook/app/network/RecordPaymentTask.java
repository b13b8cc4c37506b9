package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.RecordGrantPaymentCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The ministry records one instalment paid; the task comes back until the approved amount is paid. */
@Component
class RecordPaymentTask extends FormTask<RecordPaymentTask.Form> {

    record Form(@NotNull @Digits(integer = 7, fraction = 2) BigDecimal amountEur, @NotNull LocalDate paidOn) {
    }

    private final CaseCommands commands;

    RecordPaymentTask(CaseCommands commands) {
        super(NetworkProcesses.USER_RECORD_PAYMENT, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        Boolean paidInFull = commands.sendForTask(new RecordGrantPaymentCommand(task.caseId(),
                task.variable(NetworkProcesses.VAR_GRANT_ID), form.amountEur(), form.paidOn()), task.actor(),
                task.taskId());
        return Map.of(NetworkProcesses.VAR_PAID_IN_FULL, paidInFull);
    }
}
