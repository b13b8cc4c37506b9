package de.casebook.app.readmodel;

import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The read models for administrators: position, lag and rate, rebuild with progress, parked events. */
@Controller
class ProjectionPage {

    private final ProjectionStatus status;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionDeadLetters deadLetters;
    private final CurrentActor currentActor;
    private final PageMessages messages;

    ProjectionPage(ProjectionStatus status, ProjectionRebuilds rebuilds, ProjectionDeadLetters deadLetters,
                   CurrentActor currentActor, PageMessages messages) {
        this.status = status;
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/admin/projections")
    String projections(@RequestParam(required = false) String deadLettersOf, Model model) {
        currentActor.actingAs(Role.ADMIN);
        model.addAttribute("projections", status.all());
        if (deadLettersOf != null && !deadLettersOf.isBlank()) {
            model.addAttribute("deadLettersOf", deadLettersOf);
            model.addAttribute("deadLetters", deadLetters.of(deadLettersOf));
        }
        return "admin/projections";
    }

    @PostMapping("/admin/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        messages.attempt(() -> {
            currentActor.actingAs(Role.ADMIN);
            rebuilds.start(name);
        }, redirect, "page.projection-rebuilding");
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/{name}/dead-letters/retry")
    String retry(@PathVariable String name, RedirectAttributes redirect) {
        messages.attempt(() -> {
            currentActor.actingAs(Role.ADMIN);
            deadLetters.retry(name);
        }, redirect, "page.dead-letters-retried");
        return "redirect:/admin/projections?deadLettersOf=" + name;
    }
}
