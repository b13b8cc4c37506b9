package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.network.api.RecordMeetingCommand;
import de.casebook.processes.network.NetworkProcesses;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A coordinator records a network meeting: when, which members came, what was decided (one decision a line). */
@Component
class HoldMeetingTask extends FormTask<HoldMeetingTask.Form> {

    record Form(@NotNull LocalDate heldOn, @NotEmpty List<@Size(max = 100) String> attendees,
                @Size(max = 10000) String decisions) {
    }

    private final CaseCommands commands;

    HoldMeetingTask(CaseCommands commands) {
        super(NetworkProcesses.USER_HOLD_MEETING, Form.class);
        this.commands = commands;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var decisions = form.decisions() == null ? List.<String>of()
                : Arrays.stream(form.decisions().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        commands.sendForTask(new RecordMeetingCommand(task.caseId(), UUID.randomUUID().toString(), form.heldOn(),
                form.attendees().stream().map(String::strip).distinct().toList(), decisions), task.actor(), task.taskId());
        return Map.of();
    }
}
