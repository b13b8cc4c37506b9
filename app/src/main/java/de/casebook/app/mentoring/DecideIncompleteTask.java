package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.mentoring.api.CloseQualificationCommand;
import de.casebook.domain.mentoring.api.ExtendQualificationWindowCommand;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class DecideIncompleteTask extends FormTask<DecideIncompleteTask.Form> {

    record Form(@NotNull @Pattern(regexp = "extend|close") String decision, LocalDate newWindowEnd,
                @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    DecideIncompleteTask(CaseCommands commands) {
        super(MentorQualificationProcess.USER_DECIDE_INCOMPLETE, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        if ("close".equals(form.decision())) {
            commands.sendForTask(new CloseQualificationCommand(task.caseId(), form.reason()), task.actor(), task.taskId());
            return Map.of(MentorQualificationProcess.VAR_EXTEND, false);
        }
        if (form.newWindowEnd() == null) {
            throw ApiException.badRequest("window.new-end-required");
        }
        commands.sendForTask(new ExtendQualificationWindowCommand(task.caseId(), form.newWindowEnd()), task.actor(),
                task.taskId());
        return Map.of(MentorQualificationProcess.VAR_EXTEND, true,
                MentorQualificationProcess.VAR_WINDOW_ENDS_AT, MentorQualificationProcess.windowEndsAt(form.newWindowEnd()));
    }
}
