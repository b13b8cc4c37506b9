package de.casebook.app.tasklist;

import de.casebook.app.cases.CaseSummaryDirectory;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The clerk's day: "my tasks" and "open for my group", with filters, search and paging. */
@Controller
class TaskListPage {

    static final int PAGE_SIZE = 20;

    record Row(TaskList.TaskRow task, boolean overdue) {
    }

    private final TaskList taskList;
    private final CompletingTasks completingTasks;
    private final CurrentActor currentActor;
    private final CaseSummaryDirectory summaries;
    private final PageMessages messages;
    private final Clock clock;

    TaskListPage(TaskList taskList, CompletingTasks completingTasks, CurrentActor currentActor,
                 CaseSummaryDirectory summaries, PageMessages messages, Clock clock) {
        this.taskList = taskList;
        this.completingTasks = completingTasks;
        this.currentActor = currentActor;
        this.summaries = summaries;
        this.messages = messages;
        this.clock = clock;
    }

    /** Who works from a task list: clerks and admins, network coordinators and the ministry, jurors and the mayor. */
    private static final List<Role> TASK_ROLES = List.of(Role.STAFF, Role.ADMIN, Role.COORDINATOR, Role.MINISTRY,
            Role.JURY, Role.MAYOR);

    @GetMapping("/")
    String tasks(@RequestParam(defaultValue = "group") String tab, @RequestParam(required = false) String caseType,
                 @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var user = currentActor.user();
        if (TASK_ROLES.stream().noneMatch(user::has)) {
            return user.has(Role.TRAINER) ? "redirect:/courses"
                    : user.has(Role.PRIVACY) ? "redirect:/data-protection" : "redirect:/cases";
        }
        var type = blankToNull(caseType);
        var query = blankToNull(q);
        var mine = "mine".equals(tab);
        var shown = taskList.find(user, new TaskList.Filter(mine ? TaskList.Tab.MINE : TaskList.Tab.OFFERED, type,
                null, query), Paging.page(page), PAGE_SIZE);
        var other = taskList.find(user, new TaskList.Filter(mine ? TaskList.Tab.OFFERED : TaskList.Tab.MINE, type,
                null, query), 0, 1);
        var now = Instant.now(clock);
        model.addAttribute("tab", mine ? "mine" : "group");
        model.addAttribute("mineCount", mine ? shown.total() : other.total());
        model.addAttribute("groupCount", mine ? other.total() : shown.total());
        model.addAttribute("rows", shown.items().stream()
                .map(task -> new Row(task, task.due() != null && task.due().isBefore(now))).toList());
        model.addAttribute("page", page);
        model.addAttribute("pages", Paging.pages(shown.total(), PAGE_SIZE));
        model.addAttribute("caseType", type);
        model.addAttribute("caseTypes", summaries.caseTypes());
        model.addAttribute("q", q);
        return "tasks";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(required = false) String caseType,
                 @RequestParam(required = false) String q, RedirectAttributes redirect) {
        messages.attempt(() -> completingTasks.claim(currentActor.user(), taskId), redirect, "page.task-claimed");
        return backToList("mine", caseType, q);
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @RequestParam(required = false) String caseType,
                   @RequestParam(required = false) String q, RedirectAttributes redirect) {
        messages.attempt(() -> completingTasks.unclaim(currentActor.user(), taskId), redirect, "page.task-unclaimed");
        return backToList("group", caseType, q);
    }

    /** Back to the list the person was looking at, with their filter. */
    private static String backToList(String tab, String caseType, String query) {
        return "redirect:" + UriComponentsBuilder.fromPath("/").queryParam("tab", tab)
                .queryParamIfPresent("caseType", Optional.ofNullable(caseType).filter(value -> !value.isBlank()))
                .queryParamIfPresent("q", Optional.ofNullable(query).filter(value -> !value.isBlank()))
                .encode().build().toUriString();
    }
}
