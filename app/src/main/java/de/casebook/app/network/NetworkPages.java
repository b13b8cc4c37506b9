package de.casebook.app.network;

import de.casebook.app.platform.FormValidation;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.app.security.Users;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Networks for the ministry, coordinators and municipal staff: found, apply, request grants, leave, renew. */
@Controller
class NetworkPages {

    private static final Role[] RUNNING = {Role.MINISTRY, Role.COORDINATOR, Role.STAFF};
    private static final Role[] READING = {Role.MINISTRY, Role.COORDINATOR, Role.STAFF, Role.AUDITOR, Role.ADMIN};

    private final NetworkDirectory directory;
    private final Networks networks;
    private final FoundingNetworks founding;
    private final JoiningNetworks joining;
    private final RequestingGrants requestingGrants;
    private final Users users;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final FormValidation validation;
    private final Clock clock;

    NetworkPages(NetworkDirectory directory, Networks networks, FoundingNetworks founding, JoiningNetworks joining,
                 RequestingGrants requestingGrants, Users users, CurrentActor currentActor, PageMessages messages,
                 FormValidation validation, Clock clock) {
        this.directory = directory;
        this.networks = networks;
        this.founding = founding;
        this.joining = joining;
        this.requestingGrants = requestingGrants;
        this.users = users;
        this.currentActor = currentActor;
        this.messages = messages;
        this.validation = validation;
        this.clock = clock;
    }

    @GetMapping("/networks")
    String list(Model model) {
        model.addAttribute("networks", directory.visibleTo(currentActor.actingAs(READING)));
        return "network/networks";
    }

    @GetMapping("/networks/new")
    String newNetwork(Model model) {
        currentActor.actingAs(RUNNING);
        model.addAttribute("coordinators", users.withRole(Role.COORDINATOR));
        model.addAttribute("today", LocalDate.now(clock));
        return "network/new-network";
    }

    @PostMapping("/networks")
    String found(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String leadOrganisation,
                 @RequestParam(required = false) List<String> coordinators, @RequestParam(required = false) String goals,
                 @RequestParam(required = false) Integer reviewEveryMonths,
                 @RequestParam(required = false) LocalDate endDate,
                 @RequestParam(required = false) Integer meetingsPerYear, RedirectAttributes redirect) {
        var goalRequests = lines(goals).stream()
                .map(text -> new FoundingNetworks.GoalRequest(text, reviewEveryMonths)).toList();
        var request = new FoundingNetworks.NetworkRequest(name, kind, leadOrganisation,
                coordinators == null ? List.of() : coordinators, goalRequests, endDate, meetingsPerYear, null, null);
        var id = new String[1];
        var ok = messages.attempt(() -> id[0] = founding.found(validation.validated(request),
                currentActor.actingAs(RUNNING)), redirect, "page.network-founded");
        return ok ? "redirect:/networks/" + id[0] : "redirect:/networks/new";
    }

    @GetMapping("/networks/{networkId}")
    String network(@PathVariable String networkId, Model model) {
        var actor = currentActor.actingAs(READING);
        model.addAttribute("summary", networks.view(actor, networkId, null));
        model.addAttribute("mayRun", networks.runs(actor, networkId));
        model.addAttribute("ownMunicipality", actor.municipality());
        model.addAttribute("mayAct", actor.role() != Role.AUDITOR && actor.role() != Role.ADMIN);
        model.addAttribute("today", LocalDate.now(clock));
        return "network/network";
    }

    @PostMapping("/networks/{networkId}/membership-applications")
    String apply(@PathVariable String networkId, @RequestParam(required = false) String municipality,
                 @RequestParam(required = false) String contactPerson,
                 @RequestParam(required = false) LocalDate councilResolutionDate,
                 @RequestParam(defaultValue = "false") boolean declarationSigned,
                 @RequestParam(required = false) String cardProgramme, RedirectAttributes redirect) {
        var application = new JoiningNetworks.MembershipApplication(municipality, contactPerson, councilResolutionDate,
                declarationSigned, cardProgramme);
        messages.attempt(() -> joining.apply(networkId, validation.validated(application),
                currentActor.actingAs(RUNNING)), redirect, "page.membership-applied");
        return "redirect:/networks/" + networkId;
    }

    @PostMapping("/networks/{networkId}/grant-requests")
    String requestGrant(@PathVariable String networkId, @RequestParam(required = false) String municipality,
                        @RequestParam(required = false) String title,
                        @RequestParam(required = false) LocalDate measureStart,
                        @RequestParam(required = false) BigDecimal amountEur,
                        @RequestParam(required = false) String targetGroups, RedirectAttributes redirect) {
        var request = new RequestingGrants.GrantRequest(municipality, title, measureStart, amountEur,
                targetGroups == null ? List.of() : Arrays.stream(targetGroups.split(","))
                        .map(String::strip).filter(group -> !group.isEmpty()).toList());
        messages.attempt(() -> requestingGrants.request(networkId, validation.validated(request),
                currentActor.actingAs(RUNNING)), redirect, "page.grant-requested");
        return "redirect:/networks/" + networkId;
    }

    @PostMapping("/networks/{networkId}/members/{municipality}/leave")
    String leave(@PathVariable String networkId, @PathVariable String municipality,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        messages.attempt(() -> joining.leave(networkId, municipality,
                validation.validated(new JoiningNetworks.Leaving(reason)), currentActor.actingAs(RUNNING)),
                redirect, "page.member-left");
        return "redirect:/networks/" + networkId;
    }

    @PostMapping("/networks/{networkId}/members/{municipality}/renewal")
    String renew(@PathVariable String networkId, @PathVariable String municipality, RedirectAttributes redirect) {
        messages.attempt(() -> joining.renew(networkId, municipality, currentActor.actingAs(RUNNING)), redirect,
                "page.membership-renewed");
        return "redirect:/networks/" + networkId;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
