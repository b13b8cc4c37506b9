package de.casebook.app.versions;

import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the process versions: where cases stand, and moving them to a newer version. */
@Controller
class ProcessVersionPage {

    private final ProcessVersions versions;
    private final CurrentActor currentActor;
    private final PageMessages messages;

    ProcessVersionPage(ProcessVersions versions, CurrentActor currentActor, PageMessages messages) {
        this.versions = versions;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/admin/processes")
    String processes(Model model) {
        var actor = currentActor.actingAs(Role.ADMIN);
        model.addAttribute("processes", versions.processes(actor));
        model.addAttribute("municipality", actor.municipality());
        return "admin/processes";
    }

    /** Check or move; the report shows on the same page (a check changes nothing, so no redirect is needed). */
    @PostMapping("/admin/processes")
    String migrate(@RequestParam String processKey, @RequestParam(required = false) Integer fromVersion,
                   @RequestParam(required = false) Integer toVersion, @RequestParam String action, Model model) {
        var actor = currentActor.actingAs(Role.ADMIN);
        try {
            model.addAttribute("report", versions.migrate(actor, new ProcessVersions.Request(processKey, fromVersion,
                    toVersion, !"migrate".equals(action)), LocaleContextHolder.getLocale()));
        } catch (ApiException refused) {
            model.addAttribute("error", messages.text(refused.code(), refused.arguments()));
        }
        model.addAttribute("processes", versions.processes(actor));
        model.addAttribute("municipality", actor.municipality());
        return "admin/processes";
    }
}
