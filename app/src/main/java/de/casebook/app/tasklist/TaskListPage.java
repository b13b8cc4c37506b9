package de.casebook.app.tasklist;

import de.casebook.app.cases.CaseSummaryDirectory;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.Actor;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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

    record Row(TaskList.TaskRow task, String person, boolean overdue) {
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
            return user.has(Role.TRAINER) ? "redirect:/courses" : "redirect:/cases";
        }
        var type = caseType == null || caseType.isBlank() ? null : caseType;
        var actor = currentActor.actingAs(TASK_ROLES.toArray(Role[]::new));
        var persons = new HashMap<String, String>();
        Function<TaskList.TaskRow, String> person = task -> persons.computeIfAbsent(task.caseId(),
                caseId -> personOf(actor, task));
        var mine = matching(taskList.openFor(user, new TaskList.Filter(type, null, true)), q, person);
        var group = matching(taskList.openFor(user, new TaskList.Filter(type, null, false)).stream()
                .filter(task -> task.assignee() == null).toList(), q, person);
        var shown = "mine".equals(tab) ? mine : group;
        var pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(Math.max(0, page), pages - 1);
        var now = Instant.now(clock);
        model.addAttribute("tab", "mine".equals(tab) ? "mine" : "group");
        model.addAttribute("mineCount", mine.size());
        model.addAttribute("groupCount", group.size());
        model.addAttribute("rows", shown.subList(current * PAGE_SIZE, Math.min(shown.size(), (current + 1) * PAGE_SIZE))
                .stream().map(task -> new Row(task, person.apply(task), task.due() != null && task.due().isBefore(now)))
                .toList());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("caseType", type);
        model.addAttribute("caseTypes", summaries.caseTypes());
        model.addAttribute("q", q);
        return "tasks";
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

    /** Tasks whose case number starts with, or whose person's name contains, the query; names are looked up only then. */
    private static List<TaskList.TaskRow> matching(List<TaskList.TaskRow> tasks, String query,
                                                   Function<TaskList.TaskRow, String> person) {
        var needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return tasks;
        }
        return tasks.stream()
                .filter(task -> task.caseId().toLowerCase(Locale.ROOT).startsWith(needle)
                        || person.apply(task).toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    private String personOf(Actor actor, TaskList.TaskRow task) {
        return summaries.ofCaseType(task.caseType()).map(summary -> summary.personName(actor, task.caseId()))
                .orElse("");
    }
}
