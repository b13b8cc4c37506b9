package de.casebook.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.security.CurrentActor;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskList taskList;
    private final CompletingTasks completingTasks;
    private final CurrentActor currentActor;

    TaskController(TaskList taskList, CompletingTasks completingTasks, CurrentActor currentActor) {
        this.taskList = taskList;
        this.completingTasks = completingTasks;
        this.currentActor = currentActor;
    }

    @GetMapping
    List<TaskList.TaskRow> openTasks(@RequestParam(required = false) String caseType,
                                     @RequestParam(required = false) String caseId,
                                     @RequestParam(required = false) String assignee) {
        return taskList.openFor(currentActor.user(), new TaskList.Filter(caseType, caseId, "me".equals(assignee)));
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        completingTasks.claim(currentActor.user(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        completingTasks.unclaim(currentActor.user(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode form) {
        completingTasks.complete(currentActor.user(), taskId, form);
        return ResponseEntity.noContent().build();
    }
}
