package de.casebook.app.takeover;

import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clerk's import: upload a sheet, read the dry run's findings, start, watch the progress. */
@Controller
class TakeoverPages {

    private final Takeovers takeovers;
    private final CurrentActor currentActor;
    private final PageMessages messages;

    TakeoverPages(Takeovers takeovers, CurrentActor currentActor, PageMessages messages) {
        this.takeovers = takeovers;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String imports(Model model) {
        var actor = currentActor.actingAs(Takeovers.IMPORTING);
        model.addAttribute("kinds", takeovers.kinds());
        model.addAttribute("imports", takeovers.recent(actor, LocaleContextHolder.getLocale()));
        return "imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        var id = new UUID[1];
        var checked = messages.attempt(() -> id[0] = takeovers.check(currentActor.actingAs(Takeovers.IMPORTING), kind,
                file == null ? null : file.getOriginalFilename(), file == null ? null : TakeoverController.bytes(file),
                LocaleContextHolder.getLocale()).id(), redirect, "page.import-checked");
        return checked ? "redirect:/imports/" + id[0] : "redirect:/imports";
    }

    @GetMapping("/imports/{id}")
    String checked(@PathVariable UUID id, Model model) {
        model.addAttribute("report", takeovers.find(currentActor.actingAs(Takeovers.IMPORTING), id,
                LocaleContextHolder.getLocale()));
        return "import";
    }

    @PostMapping("/imports/{id}/start")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        messages.attempt(() -> takeovers.start(currentActor.actingAs(Takeovers.IMPORTING), id,
                LocaleContextHolder.getLocale()), redirect, "page.import-started");
        return "redirect:/imports/" + id;
    }

    /** For the page's progress bar (the script asks every second while the import runs). */
    @Hidden
    @GetMapping(value = "/imports/{id}/status", produces = "application/json")
    @ResponseBody
    Takeovers.Import status(@PathVariable UUID id) {
        return takeovers.find(currentActor.actingAs(Takeovers.IMPORTING), id, LocaleContextHolder.getLocale());
    }
}
