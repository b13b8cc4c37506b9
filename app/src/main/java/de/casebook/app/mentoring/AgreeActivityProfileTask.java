package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.mentoring.api.AgreeActivityProfileCommand;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class AgreeActivityProfileTask extends FormTask<AgreeActivityProfileTask.Form> {

    record Form(@NotNull List<String> fields) {
    }

    private final CaseCommands commands;

    AgreeActivityProfileTask(CaseCommands commands) {
        super(MentorQualificationProcess.USER_AGREE_ACTIVITY_PROFILE, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        commands.sendForTask(new AgreeActivityProfileCommand(task.caseId(), form.fields()), task.actor(), task.taskId());
        return Map.of();
    }
}
