package de.casebook.app.card;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Tokens;
import de.casebook.domain.card.api.AnswerConfirmationCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What people outside see without signing in: an organisation's confirmation link, and the check
 * of a card's QR code, which shows validity and the holder's initials and nothing else.
 */
@Controller
class PublicCardPages {

    record Answer(@NotNull @Pattern(regexp = "confirm|dispute") String decision, @Size(max = 2000) String comment) {
    }

    record ConfirmationRequest(String applicant, String organisation, LocalDate since, String role,
                               java.math.BigDecimal hoursPerWeek, Integer hoursPerYear, String confirmation) {
    }

    record CardCheck(String status, String program, LocalDate validFrom, LocalDate validUntil, String holderInitials) {
    }

    private record Link(String caseId, int index) {
    }

    private final JdbcClient jdbc;
    private final CardApplications applications;
    private final CardNumbers numbers;
    private final CaseCommands commands;
    private final Clock clock;

    PublicCardPages(JdbcClient jdbc, CardApplications applications, CardNumbers numbers, CaseCommands commands,
                    Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.numbers = numbers;
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(summary = "What an organisation is asked to confirm about a card applicant (personal link)")
    @GetMapping(value = "/public/confirmations/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ConfirmationRequest confirmationRequest(@PathVariable String token) {
        var link = link(token);
        applications.closedLink(link.caseId(), link.index(), Tokens.hash(token), clock.instant()).ifPresent(code -> {
            throw ApiException.conflict(code, link.index() + 1);
        });
        var view = applications.view(link.caseId());
        var submitted = applications.submitted(link.caseId());
        var organisation = submitted.organisations().get(link.index());
        return new ConfirmationRequest(view.applicant().name(), organisation.name(), organisation.since(),
                organisation.role(), organisation.hoursPerWeek(), organisation.hoursPerYear(),
                view.organisations().get(link.index()).confirmation());
    }

    @Operation(summary = "What an organisation is asked to confirm about a card applicant (personal link)")
    @GetMapping("/public/confirmations/{token}")
    String confirmationPage(@PathVariable String token, Model model) {
        model.addAttribute("request", confirmationRequest(token));
        model.addAttribute("token", token);
        return "public/confirmation";
    }

    @Operation(summary = "An organisation confirms or declines a card applicant's engagement")
    @PostMapping(value = "/public/confirmations/{token}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    ResponseEntity<Map<String, String>> answer(@PathVariable String token, @Valid @RequestBody Answer answer) {
        var link = link(token);
        var municipality = applications.view(link.caseId()).municipality();
        commands.sendAsOutsider(new AnswerConfirmationCommand(link.caseId(), link.index(),
                        Tokens.hash(token), "confirm".equals(answer.decision()), blankToNull(answer.comment())),
                "organisation-" + (link.index() + 1), "ORGANISATION", municipality);
        return ResponseEntity.ok(Map.of("confirmation", "confirm".equals(answer.decision()) ? "confirmed" : "disputed"));
    }

    @Operation(summary = "An organisation confirms or declines a card applicant's engagement")
    @PostMapping(value = "/public/confirmations/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String answerFromPage(@PathVariable String token, @RequestParam(required = false) String decision,
                          @RequestParam(required = false) String comment, Model model) {
        if (decision == null || !decision.matches("confirm|dispute")) {
            throw ApiException.badRequest("request.invalid-fields", "decision");
        }
        answer(token, new Answer(decision, comment));
        model.addAttribute("decision", decision);
        return "public/confirmation-done";
    }

    @Operation(summary = "Check a card by its QR code: valid or not, with the holder's initials")
    @GetMapping(value = "/public/cards/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CardCheck check(@PathVariable String code) {
        var caseId = code.length() > 40 ? null : numbers.caseOf(code);
        if (caseId == null) {
            throw ApiException.notFound("card.unknown-code");
        }
        var view = applications.view(caseId);
        var status = switch (view.status()) {
            case "revoked" -> "revoked";
            case "expired" -> "expired";
            default -> view.holdsValidCardOn(LocalDate.now(clock)) ? "valid" : "expired";
        };
        return new CardCheck(status, view.program(), view.card().validFrom(), view.card().validUntil(),
                view.holderInitials());
    }

    @Operation(summary = "Check a card by its QR code: valid or not, with the holder's initials")
    @GetMapping("/public/cards/{code}")
    String checkPage(@PathVariable String code, Model model) {
        model.addAttribute("check", check(code));
        return "public/card";
    }

    private Link link(String token) {
        if (token.length() > 100) {
            throw ApiException.notFound("confirmation.unknown-link");
        }
        return jdbc.sql("SELECT case_id, organisation_index FROM confirmation_link WHERE token_hash = ?")
                .param(Tokens.hash(token))
                .query((row, number) -> new Link(row.getString(1), row.getInt(2)))
                .optional()
                .orElseThrow(() -> ApiException.notFound("confirmation.unknown-link"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
