package de.casebook.app.honours;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.FormValidation;
import de.casebook.app.platform.FormValues;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.honours.api.RecordExternalDecisionCommand;
import de.casebook.domain.honours.api.RevokeHonourCommand;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Nominations for staff and the mayor: the list, entering a written nomination, one nomination. */
@Controller
class NominationPages {

    static final int REFERENCE_ROWS = 3;
    static final int PAGE_SIZE = 50;

    private final Nominations nominations;
    private final NominationList list;
    private final SubmittingNominations submitting;
    private final CaseCommands commands;
    private final HonoursProperties settings;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final FormValidation validation;
    private final Clock clock;

    NominationPages(Nominations nominations, NominationList list, SubmittingNominations submitting, CaseCommands commands,
                    HonoursProperties settings, CurrentActor currentActor, PageMessages messages,
                    FormValidation validation, Clock clock) {
        this.nominations = nominations;
        this.list = list;
        this.submitting = submitting;
        this.commands = commands;
        this.settings = settings;
        this.currentActor = currentActor;
        this.messages = messages;
        this.validation = validation;
        this.clock = clock;
    }

    @GetMapping("/nominations")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var actor = currentActor.actingAs(Role.STAFF, Role.MAYOR);
        var found = list.find(actor, new NominationList.Filter(blankToNull(status), null, blankToNull(q)),
                Paging.page(page), PAGE_SIZE);
        model.addAttribute("nominations", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", Paging.pages(found.total(), PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        return "honours/nominations";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @GetMapping("/nominations/new")
    String newNomination(Model model) {
        var actor = currentActor.actingAs(Role.STAFF);
        var municipality = settings.municipalities().get(actor.municipality());
        model.addAttribute("kinds", municipality == null || municipality.awardKinds() == null ? List.of()
                : municipality.awardKinds());
        model.addAttribute("categories", municipality == null || municipality.calls() == null ? List.of()
                : municipality.calls().keySet());
        model.addAttribute("rows", REFERENCE_ROWS);
        model.addAttribute("today", LocalDate.now(clock));
        return "honours/new-nomination";
    }

    @PostMapping("/nominations")
    String submit(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        var id = new String[1];
        var ok = messages.attempt(() -> id[0] = submitting.submit(validation.validated(request(form)),
                currentActor.actingAs(Role.STAFF)), redirect, "page.nomination-submitted");
        return ok ? "redirect:/nominations/" + id[0] : "redirect:/nominations/new";
    }

    @GetMapping("/nominations/{caseId}")
    String nomination(@PathVariable String caseId, Model model) {
        var actor = currentActor.actingAs(Role.STAFF, Role.MAYOR, Role.JURY);
        model.addAttribute("summary", nominations.view(actor, caseId, null));
        model.addAttribute("isStaff", actor.role() == Role.STAFF);
        model.addAttribute("today", LocalDate.now(clock));
        return "honours/nomination";
    }

    @PostMapping("/nominations/{caseId}/external-decision")
    String externalDecision(@PathVariable String caseId, @RequestParam(required = false) String decision,
                            @RequestParam(required = false) String authority,
                            @RequestParam(required = false) LocalDate decidedOn, RedirectAttributes redirect) {
        messages.attempt(() -> {
            var actor = currentActor.actingAs(Role.STAFF);
            nominations.visibleEvents(actor, caseId);
            commands.send(new RecordExternalDecisionCommand(caseId, "award".equals(decision), authority, decidedOn,
                    null), actor);
        }, redirect, "page.external-decision-recorded");
        return "redirect:/nominations/" + caseId;
    }

    @PostMapping("/nominations/{caseId}/revocation")
    String revoke(@PathVariable String caseId, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        messages.attempt(() -> {
            var actor = currentActor.actingAs(Role.STAFF, Role.MAYOR);
            nominations.visibleEvents(actor, caseId);
            commands.send(new RevokeHonourCommand(caseId, reason), actor);
        }, redirect, "page.honour-revoked");
        return "redirect:/nominations/" + caseId;
    }

    private static SubmittingNominations.NominationRequest request(MultiValueMap<String, String> form) {
        var references = new ArrayList<SubmittingNominations.ReferenceRequest>();
        for (int row = 0; row < REFERENCE_ROWS; row++) {
            var name = form.getFirst("reference" + row + ".name");
            if (name != null && !name.isBlank()) {
                references.add(new SubmittingNominations.ReferenceRequest(name, form.getFirst("reference" + row + ".email")));
            }
        }
        return new SubmittingNominations.NominationRequest(form.getFirst("awardKind"), form.getFirst("category"),
                new SubmittingNominations.NominatorRequest(form.getFirst("nominatorName"),
                        form.getFirst("nominatorEmail"), form.getFirst("nominatorOrganisation")),
                new SubmittingNominations.NomineeRequest(form.getFirst("nomineeName"), FormValues.date(form.getFirst("birthDate")),
                        form.getFirst("street"), form.getFirst("postalCode"), form.getFirst("city"),
                        form.getFirst("nomineeOrganisation"), null),
                FormValues.date(form.getFirst("engagementSince")), FormValues.date(form.getFirst("engagementUntil")),
                form.getFirst("justification"), references);
    }
}
