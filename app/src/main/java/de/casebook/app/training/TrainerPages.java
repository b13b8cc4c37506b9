package de.casebook.app.training;

import de.casebook.app.platform.FormValidation;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trainer register (link accounts), a mentor's proposal, and a trainer's module sign-off. */
@Controller
class TrainerPages {

    private final TrainerDirectory directory;
    private final LinkingTrainerAccounts linking;
    private final ProposingTrainers proposing;
    private final SigningOffTrainerModules signingOff;
    private final WithdrawingTrainers withdrawing;
    private final TrainerQualifications qualifications;
    private final TrainingProperties settings;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final FormValidation validation;

    TrainerPages(TrainerDirectory directory, LinkingTrainerAccounts linking, ProposingTrainers proposing,
                 SigningOffTrainerModules signingOff, WithdrawingTrainers withdrawing, TrainerQualifications qualifications,
                 TrainingProperties settings,
                 CurrentActor currentActor, PageMessages messages, FormValidation validation) {
        this.directory = directory;
        this.linking = linking;
        this.proposing = proposing;
        this.signingOff = signingOff;
        this.withdrawing = withdrawing;
        this.qualifications = qualifications;
        this.settings = settings;
        this.currentActor = currentActor;
        this.messages = messages;
        this.validation = validation;
    }

    @GetMapping("/trainers")
    String register(Model model) {
        var actor = currentActor.actingAs(TrainerController.READERS);
        model.addAttribute("trainers", directory.registeredIn(actor));
        model.addAttribute("mayLink", List.of(TrainerController.LINKERS).contains(actor.role()));
        return "training/trainers";
    }

    @PostMapping("/trainers/{trainerId}/account")
    String link(@PathVariable String trainerId, @RequestParam(required = false) String username,
                RedirectAttributes redirect) {
        messages.attempt(() -> linking.link(trainerId, validation.validated(
                new TrainerController.AccountRequest(username)).username(),
                currentActor.actingAs(TrainerController.LINKERS)), redirect, "page.trainer-account-linked");
        return "redirect:/trainers";
    }

    @GetMapping("/trainer-qualifications/new")
    String proposal(@RequestParam String qualificationCaseId, Model model) {
        var actor = currentActor.actingAs(Role.STAFF);
        model.addAttribute("mentor", qualifications.mentorCase(actor, qualificationCaseId));
        model.addAttribute("modules", settings.modules());
        model.addAttribute("requiredHours", settings.requiredHours());
        return "training/propose";
    }

    @PostMapping("/trainer-qualifications")
    String propose(@RequestParam(required = false) String qualificationCaseId,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        var caseId = new String[1];
        var ok = messages.attempt(() -> caseId[0] = proposing.propose(validation.validated(
                new ProposingTrainers.ProposalRequest(qualificationCaseId, reason)), currentActor.actingAs(Role.STAFF)),
                redirect, "page.trainer-proposed");
        return ok ? "redirect:/cases/" + caseId[0]
                : "redirect:/trainer-qualifications/new?qualificationCaseId=" + qualificationCaseId;
    }

    @PostMapping("/trainer-qualifications/{caseId}/sign-offs")
    String signOff(@PathVariable String caseId, @RequestParam(required = false) String module,
                   @RequestParam(required = false) LocalDate date, @RequestParam(required = false) BigDecimal hours,
                   @RequestParam(required = false) String educationProvider, RedirectAttributes redirect) {
        messages.attempt(() -> signingOff.signOff(caseId, validation.validated(
                new SigningOffTrainerModules.ModuleSignOffRequest(module, date, hours, educationProvider)),
                currentActor.actingAs(Role.TRAINER)), redirect, "page.trainer-module-signed-off");
        return "redirect:/cases/" + caseId;
    }

    @PostMapping("/trainer-qualifications/{caseId}/withdrawal")
    String withdraw(@PathVariable String caseId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        messages.attempt(() -> withdrawing.withdraw(caseId, validation.validated(
                new TrainerQualificationController.ReasonRequest(reason)).reason(),
                currentActor.actingAs(TrainerQualificationController.WITHDRAWERS)), redirect, "page.trainer-withdrawn");
        return "redirect:/cases/" + caseId;
    }
}
