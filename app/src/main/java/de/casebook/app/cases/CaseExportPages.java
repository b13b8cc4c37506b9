package de.casebook.app.cases;

import de.casebook.app.platform.PageMessages;
import io.swagger.v3.oas.annotations.Hidden;
import de.casebook.app.security.CurrentActor;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The auditor's export of many cases: choose type and period, watch the progress, download the workbook. */
@Controller
class CaseExportPages {


    private final CaseExports exports;
    private final CaseSummaryDirectory summaries;
    private final CurrentActor currentActor;
    private final PageMessages messages;

    CaseExportPages(CaseExports exports, CaseSummaryDirectory summaries, CurrentActor currentActor,
                    PageMessages messages) {
        this.exports = exports;
        this.summaries = summaries;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/cases/exports")
    String exports(Model model) {
        var actor = currentActor.actingAs(CaseExports.EXPORTING);
        model.addAttribute("caseTypes", summaries.caseTypes());
        model.addAttribute("exports", exports.recent(actor));
        model.addAttribute("municipality", actor.municipality());
        return "exports";
    }

    @PostMapping("/cases/exports")
    String start(@RequestParam(required = false) String type, @RequestParam(required = false) LocalDate from,
                 @RequestParam(required = false) LocalDate to, RedirectAttributes redirect) {
        var id = new UUID[1];
        var started = messages.attempt(() -> id[0] = exports.start(currentActor.actingAs(CaseExports.EXPORTING),
                new CaseExports.Request(type == null || type.isBlank() ? null : type, from, to),
                LocaleContextHolder.getLocale()), redirect, "page.export-started");
        return started ? "redirect:/cases/exports/" + id[0] : "redirect:/cases/exports";
    }

    @GetMapping("/cases/exports/{id}")
    String export(@PathVariable UUID id, Model model) {
        model.addAttribute("export", exports.export(currentActor.actingAs(CaseExports.EXPORTING), id));
        return "export";
    }

    /** For the page's progress bar (the script asks every second while the export runs). */
    @Hidden
    @GetMapping(value = "/cases/exports/{id}/status", produces = "application/json")
    @ResponseBody
    CaseExports.Export status(@PathVariable UUID id) {
        return exports.export(currentActor.actingAs(CaseExports.EXPORTING), id);
    }

    @GetMapping("/cases/exports/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return CaseExportController.download(exports.file(currentActor.actingAs(CaseExports.EXPORTING), id));
    }
}
