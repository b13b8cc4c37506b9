package de.casebook.app.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.casebook.app.cases.CaseSearch;
import de.casebook.app.cases.CaseSummaryDirectory;
import de.casebook.app.platform.FormValues;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.Actor;
import de.casebook.app.security.CurrentActor;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One task: its form beside the case it belongs to. */
@Controller
class TaskPage {

    /** Form fields that may hold several values (checkbox lists) and so become JSON arrays. */
    private static final Set<String> LIST_FIELDS = Set.of("fields", "attendees");

    private final TaskList taskList;
    private final CompletingTasks completingTasks;
    private final CurrentActor currentActor;
    private final CaseSummaryDirectory summaries;
    private final CaseSearch search;
    private final PageMessages messages;
    private final ObjectMapper json;

    TaskPage(TaskList taskList, CompletingTasks completingTasks, CurrentActor currentActor,
             CaseSummaryDirectory summaries, CaseSearch search, PageMessages messages, ObjectMapper json) {
        this.search = search;
        this.taskList = taskList;
        this.completingTasks = completingTasks;
        this.currentActor = currentActor;
        this.summaries = summaries;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, Model model) {
        var user = currentActor.user();
        var actionable = taskList.actionable(user, taskId);
        var task = actionable.task();
        var caseId = taskList.caseIdOf(task);
        var caseType = taskList.caseTypeOf(task);
        var summary = summaries.ofCaseType(caseType).orElse(null);
        var actor = new Actor(user.username(), actionable.role(), user.municipality());
        model.addAttribute("task", task);
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseNumber", search.displayNumberOf(caseId));
        model.addAttribute("caseType", caseType);
        model.addAttribute("summary", summary == null ? null : summary.summary(actor, caseId, null));
        model.addAttribute("summaryFragment", summary == null ? null : summary.summaryFragment());
        model.addAttribute("variables", taskList.variablesOf(task));
        model.addAttribute("formFragment", "tasks/" + task.getTaskDefinitionKey() + " :: form");
        return "task";
    }

    @PostMapping("/tasks/{taskId}")
    String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> form,
                    RedirectAttributes redirect) {
        var caseId = new String[1];
        var done = messages.attempt(() -> {
            var user = currentActor.user();
            var task = taskList.actionable(user, taskId).task();
            caseId[0] = taskList.caseIdOf(task);
            completingTasks.complete(user, taskId, toJson(form, completingTasks.formTypeOf(task.getTaskDefinitionKey())));
        }, redirect, "page.task-completed");
        if (done && caseId[0] != null) {
            // what was done is seen on the case (a certificate issued: its number and the PDF)
            redirect.addFlashAttribute("successLink", "/cases/" + caseId[0]);
            redirect.addFlashAttribute("successLinkText", messages.text("page.to-case", search.displayNumberOf(caseId[0])));
        }
        return done ? "redirect:/" : "redirect:/tasks/" + taskId;
    }

    private ObjectNode toJson(MultiValueMap<String, String> form, Class<?> formType) {
        var node = json.createObjectNode();
        form.forEach((name, values) -> {
            if ("_csrf".equals(name)) {
                return;
            }
            if (LIST_FIELDS.contains(name)) {
                var array = node.putArray(name);
                values.stream().filter(value -> !value.isBlank()).forEach(array::add);
            } else if (!values.isEmpty() && !values.get(0).isBlank()) {
                node.put(name, FormValues.forField(formType, name, values.get(0).strip()));
            }
        });
        return node;
    }
}
