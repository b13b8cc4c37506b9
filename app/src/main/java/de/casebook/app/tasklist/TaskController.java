package de.casebook.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    /** The number of all tasks the query matches, of which the answer is one page. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final TaskList taskList;
    private final CompletingTasks completingTasks;
    private final CurrentActor currentActor;

    TaskController(TaskList taskList, CompletingTasks completingTasks, CurrentActor currentActor) {
        this.taskList = taskList;
        this.completingTasks = completingTasks;
        this.currentActor = currentActor;
    }

    /** Open tasks offered to the caller or assigned to them, oldest first, one page; the total in a header. */
    @Operation(summary = "Open tasks the caller may act on, by case type or case")
    @GetMapping
    ResponseEntity<List<TaskList.TaskRow>> openTasks(@RequestParam(required = false) String caseType,
                                                     @RequestParam(required = false) String caseId,
                                                     @RequestParam(required = false) String assignee,
                                                     @RequestParam(required = false) String q,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "100") int size) {
        var tab = "me".equals(assignee) ? TaskList.Tab.MINE : TaskList.Tab.OPEN;
        var found = taskList.find(currentActor.user(), new TaskList.Filter(tab, blankToNull(caseType),
                blankToNull(caseId), blankToNull(q)), Paging.page(page), Paging.size(size));
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(found.total())).body(found.items());
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Claim a task")
    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        completingTasks.claim(currentActor.user(), taskId);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give a claimed task back to the group")
    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        completingTasks.unclaim(currentActor.user(), taskId);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task with its form (the form depends on the task, see the schemas)")
    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode form) {
        completingTasks.complete(currentActor.user(), taskId, form);
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
