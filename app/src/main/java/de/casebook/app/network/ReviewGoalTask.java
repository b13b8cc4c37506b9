package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.GoalReviewOutcome;
import de.casebook.domain.network.api.ReviewGoalCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A coordinator reviews one goal: continue, adjust (with the new text), achieved, or propose ending. */
@Component
class ReviewGoalTask extends FormTask<ReviewGoalTask.Form> {

    record Form(@NotNull @Pattern(regexp = "continue|adjust|achieved|propose-ending") String outcome,
                @Size(max = 2000) String newText, @Size(max = 2000) String comment) {
    }

    private final CaseCommands commands;

    ReviewGoalTask(CaseCommands commands) {
        super(NetworkProcesses.USER_REVIEW_GOAL, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var outcome = GoalReviewOutcome.ofCode(form.outcome()).orElseThrow();
        commands.sendForTask(new ReviewGoalCommand(task.caseId(), task.variable(NetworkProcesses.VAR_GOAL_ID), outcome,
                form.newText(), form.comment()), task.actor(), task.taskId());
        return Map.of(NetworkProcesses.VAR_GOAL_OUTCOME, outcome.code());
    }
}
