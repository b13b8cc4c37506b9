package de.casebook.app.card;

import de.casebook.app.platform.FormValidation;
import de.casebook.app.platform.FormValues;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
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

/** Volunteer cards for staff: the list with filters and counts, entering a paper application, one application. */
@Controller
class CardPages {

    static final int ORGANISATION_ROWS = 5;
    static final int PAGE_SIZE = 50;
    private static final Role[] READERS = {Role.STAFF, Role.AUDITOR, Role.ADMIN};

    private final CardApplications applications;
    private final CardApplicationList list;
    private final ApplyingForCards applying;
    private final ChangingCardApplications changing;
    private final CardProperties settings;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final FormValidation validation;
    private final Clock clock;

    CardPages(CardApplications applications, CardApplicationList list, ApplyingForCards applying, ChangingCardApplications changing,
              CardProperties settings, CurrentActor currentActor, PageMessages messages, FormValidation validation,
              Clock clock) {
        this.applications = applications;
        this.list = list;
        this.applying = applying;
        this.changing = changing;
        this.settings = settings;
        this.currentActor = currentActor;
        this.messages = messages;
        this.validation = validation;
        this.clock = clock;
    }

    @GetMapping("/card-applications")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var actor = currentActor.actingAs(READERS);
        var filter = new CardApplicationList.Filter(blankToNull(status), null, blankToNull(q));
        var found = list.find(actor, filter, Paging.page(page), PAGE_SIZE);
        model.addAttribute("applications", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", Paging.pages(found.total(), PAGE_SIZE));
        model.addAttribute("counts", list.countsByStatus(actor.municipality()));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        return "card/applications";
    }

    @GetMapping("/card-applications/new")
    String newApplication(Model model) {
        var actor = currentActor.actingAs(Role.STAFF);
        var municipality = settings.municipalities().get(actor.municipality());
        var programs = municipality == null || municipality.programs() == null ? List.<String>of()
                : municipality.programs();
        model.addAttribute("programs", programs);
        // only Bavaria's blue card knows qualifications that grant it
        model.addAttribute("bavarian", programs.stream().anyMatch(program -> program.startsWith("by-")));
        model.addAttribute("rows", ORGANISATION_ROWS);
        model.addAttribute("today", LocalDate.now(clock));
        return "card/new-application";
    }

    @PostMapping("/card-applications")
    String apply(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        var id = new String[1];
        var ok = messages.attempt(() -> id[0] = applying.apply(validation.validated(request(form)),
                currentActor.actingAs(Role.STAFF)), redirect, "page.card-applied");
        return ok ? "redirect:/card-applications/" + id[0] : "redirect:/card-applications/new";
    }

    @GetMapping("/card-applications/{caseId}")
    String application(@PathVariable String caseId, Model model) {
        var actor = currentActor.actingAs(READERS);
        model.addAttribute("summary", applications.view(actor, caseId, null));
        model.addAttribute("isStaff", actor.role() == Role.STAFF);
        return "card/application";
    }

    @PostMapping("/card-applications/{caseId}/organisations/{organisation}/resend")
    String resend(@PathVariable String caseId, @PathVariable int organisation, RedirectAttributes redirect) {
        messages.attempt(() -> changing.resend(caseId, organisation, currentActor.actingAs(Role.STAFF)), redirect,
                "page.link-resent");
        return "redirect:/card-applications/" + caseId;
    }

    @PostMapping("/card-applications/{caseId}/withdrawal")
    String withdraw(@PathVariable String caseId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        messages.attempt(() -> changing.withdraw(caseId, validation.validated(new ChangingCardApplications.Reason(reason)),
                currentActor.actingAs(Role.STAFF)), redirect, "page.card-withdrawn");
        return "redirect:/card-applications/" + caseId;
    }

    @PostMapping("/card-applications/{caseId}/revocation")
    String revoke(@PathVariable String caseId, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        messages.attempt(() -> changing.revoke(caseId, validation.validated(new ChangingCardApplications.Reason(reason)),
                currentActor.actingAs(Role.STAFF)), redirect, "page.card-revoked");
        return "redirect:/card-applications/" + caseId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The form's fields as the API's request: organisation rows whose name is empty are left out. */
    private static ApplyingForCards.CardApplicationRequest request(MultiValueMap<String, String> form) {
        var organisations = new ArrayList<ApplyingForCards.OrganisationRequest>();
        for (int row = 0; row < ORGANISATION_ROWS; row++) {
            var prefix = "organisation" + row + ".";
            var name = form.getFirst(prefix + "name");
            if (name == null || name.isBlank()) {
                continue;
            }
            organisations.add(new ApplyingForCards.OrganisationRequest(name,
                    form.getFirst(prefix + "contactName"), form.getFirst(prefix + "contactEmail"),
                    FormValues.decimal(form.getFirst(prefix + "hoursPerWeek")),
                    FormValues.integer(form.getFirst(prefix + "hoursPerYear")),
                    FormValues.date(form.getFirst(prefix + "since")), form.getFirst(prefix + "role"),
                    !"false".equals(form.getFirst(prefix + "unpaid"))));
        }
        return new ApplyingForCards.CardApplicationRequest(form.getFirst("program"),
                new ApplyingForCards.ApplicantRequest(form.getFirst("name"),
                        FormValues.date(form.getFirst("birthDate")), form.getFirst("street"), form.getFirst("postalCode"), form.getFirst("city"),
                        form.getFirst("email")),
                organisations, form.getFirst("qualification"), form.getFirst("renewalOf"));
    }
}
