package de.casebook.app.training;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.training.api.AdmitTrainerCandidateCommand;
import de.casebook.domain.training.api.DeclineTrainerCandidateCommand;
import de.casebook.processes.training.TrainerQualificationProcess;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The Landesnetzwerk admits a candidate to the trainer course or declines them (with a reason). */
@Component
class AdmitTrainerCandidateTask extends FormTask<AdmitTrainerCandidateTask.Form> {

    record Form(@NotNull @Pattern(regexp = "admit|decline") String decision, @Size(max = 2000) String reason) {
    }

    private final CaseCommands commands;

    AdmitTrainerCandidateTask(CaseCommands commands) {
        super(TrainerQualificationProcess.USER_ADMIT_TRAINER_CANDIDATE, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var admitted = "admit".equals(form.decision());
        var command = admitted
                ? new AdmitTrainerCandidateCommand(task.caseId(), form.reason())
                : new DeclineTrainerCandidateCommand(task.caseId(), form.reason());
        commands.sendForTask(command, task.actor(), task.taskId());
        return Map.of(TrainerQualificationProcess.VAR_ADMITTED, admitted);
    }
}
