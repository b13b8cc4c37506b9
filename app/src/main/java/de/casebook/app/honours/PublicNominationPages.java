package de.casebook.app.honours;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Tokens;
import de.casebook.domain.honours.api.SubmitStatementCommand;
import de.casebook.domain.honours.api.SupplyInformationCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The nominator's answer to a question and a reference's statement, through their single-use links. */
@Controller
class PublicNominationPages {

    record Answer(@NotBlank @Size(max = 20000) String text) {
    }

    record Request(String purpose, String nominee, String question, boolean open) {
    }

    private final NominationLinks links;
    private final Nominations nominations;
    private final CaseCommands commands;
    private final Clock clock;

    PublicNominationPages(NominationLinks links, Nominations nominations, CaseCommands commands, Clock clock) {
        this.links = links;
        this.nominations = nominations;
        this.commands = commands;
        this.clock = clock;
    }

    @Operation(summary = "What a nominee is told, or a reference is asked to comment on (personal link)")
    @GetMapping(value = {"/public/information/{token}", "/public/statements/{token}"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Request request(@PathVariable String token) {
        var link = links.link(token);
        nominations.closedLink(link.caseId(), link.purpose(), link.referenceIndex(), Tokens.hash(token),
                clock.instant()).ifPresent(code -> {
                    throw ApiException.conflict(code);
                });
        var view = nominations.view(link.caseId());
        if (NominationLinks.INFORMATION.equals(link.purpose())) {
            var last = view.information().isEmpty() ? null : view.information().get(view.information().size() - 1);
            return new Request(link.purpose(), view.nominee().name(), last == null ? null : last.question(),
                    view.status().equals("information-requested"));
        }
        var reference = view.references().get(link.referenceIndex());
        return new Request(link.purpose(), view.nominee().name(), null, reference.status().equals("asked"));
    }

    @Operation(summary = "What a nominee is told, or a reference is asked to comment on (personal link)")
    @GetMapping({"/public/information/{token}", "/public/statements/{token}"})
    String page(@PathVariable String token, Model model) {
        model.addAttribute("request", request(token));
        model.addAttribute("token", token);
        return "public/nomination-link";
    }

    @Operation(summary = "A nominee objects, or a reference gives a statement")
    @PostMapping(value = {"/public/information/{token}", "/public/statements/{token}"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> answer(@PathVariable String token, @Valid @RequestBody Answer answer) {
        var link = links.link(token);
        var municipality = nominations.submitted(link.caseId()).municipality();
        if (NominationLinks.INFORMATION.equals(link.purpose())) {
            commands.sendAsOutsider(new SupplyInformationCommand(link.caseId(), Tokens.hash(token), answer.text()),
                    "nominator", "NOMINATOR", municipality);
        } else {
            commands.sendAsOutsider(new SubmitStatementCommand(link.caseId(), Tokens.hash(token), answer.text()),
                    "reference-" + (link.referenceIndex() + 1), "REFERENCE", municipality);
        }
        return ResponseEntity.ok(Map.of("received", link.purpose()));
    }

    @Operation(summary = "A nominee objects, or a reference gives a statement")
    @PostMapping(value = {"/public/information/{token}", "/public/statements/{token}"},
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String answerFromPage(@PathVariable String token, @RequestParam(required = false) String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("request.invalid-fields", "text");
        }
        answer(token, new Answer(text));
        return "public/nomination-answered";
    }
}
