package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.mentoring.api.AdmitParticipantCommand;
import de.casebook.domain.mentoring.api.DeclineParticipantCommand;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class AdmitParticipantTask extends FormTask<AdmitParticipantTask.Form> {

    record Form(@NotNull @Pattern(regexp = "admit|decline") String decision, @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    AdmitParticipantTask(CaseCommands commands) {
        super(MentorQualificationProcess.USER_ADMIT_PARTICIPANT, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var admitted = "admit".equals(form.decision());
        var command = admitted
                ? new AdmitParticipantCommand(task.caseId())
                : new DeclineParticipantCommand(task.caseId(), form.reason());
        commands.sendForTask(command, task.actor(), task.taskId());
        return Map.of(MentorQualificationProcess.VAR_ADMITTED, admitted);
    }
}
