package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.ReviewGrantCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The advisory review of a grant request: a recommendation to the ministry; advising against needs a comment. */
@Component
class ReviewGrantTask extends FormTask<ReviewGrantTask.Form> {

    record Form(@NotNull @Pattern(regexp = "approve|decline") String recommendation, @Size(max = 2000) String comment) {
    }

    private final CaseCommands commands;

    ReviewGrantTask(CaseCommands commands) {
        super(NetworkProcesses.USER_REVIEW_GRANT, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        commands.sendForTask(new ReviewGrantCommand(task.caseId(), task.variable(NetworkProcesses.VAR_GRANT_ID),
                "approve".equals(form.recommendation()), form.comment()), task.actor(), task.taskId());
        return Map.of();
    }
}
