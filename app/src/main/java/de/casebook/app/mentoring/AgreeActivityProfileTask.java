package de.casebook.app.mentoring;

import de.casebook.app.platform.CaseCommands;
import de.casebook.app.tasklist.TaskCompletion;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.mentoring.api.AgreeActivityProfileCommand;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class AgreeActivityProfileTask implements TaskCompletion<AgreeActivityProfileTask.Form> {

    record Form(@NotNull List<String> fields) {
    }

    private final CaseCommands commands;

    AgreeActivityProfileTask(CaseCommands commands) {
        this.commands = commands;
    }

    @Override
    public String taskKey() {
        return MentorQualificationProcess.USER_AGREE_ACTIVITY_PROFILE;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        commands.sendForTask(new AgreeActivityProfileCommand(task.caseId(), form.fields()), task.actor(), task.taskId());
        return Map.of();
    }
}
