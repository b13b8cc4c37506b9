package de.casebook.app.honours;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import de.casebook.domain.honours.api.RecordExternalDecisionCommand;
import de.casebook.domain.honours.api.RevokeHonourCommand;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/nominations")
class NominationController {

    private static final Role[] READERS = {Role.STAFF, Role.MAYOR, Role.JURY};

    record ExternalDecision(@NotNull @Pattern(regexp = "award|decline") String decision,
                            @NotBlank @Size(max = 200) String authority, @NotNull LocalDate decidedOn,
                            @Size(max = 2000) String note) {
    }

    record Revocation(@NotBlank @Size(max = 2000) String reason) {
    }

    private final SubmittingNominations submitting;
    private final Nominations nominations;
    private final NominationList list;
    private final CaseCommands commands;
    private final HonourDocuments documents;
    private final CurrentActor currentActor;

    NominationController(SubmittingNominations submitting, Nominations nominations, NominationList list,
                         CaseCommands commands,
                         HonourDocuments documents, CurrentActor currentActor) {
        this.submitting = submitting;
        this.nominations = nominations;
        this.list = list;
        this.commands = commands;
        this.documents = documents;
        this.currentActor = currentActor;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Nominate a person for an honour")
    @PostMapping
    ResponseEntity<Map<String, String>> submit(@Valid @RequestBody SubmittingNominations.NominationRequest request) {
        var caseId = submitting.submit(request, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.created(URI.create("/api/nominations/" + caseId)).body(Map.of("caseId", caseId));
    }

    /** The municipality's nominations, newest first, paged, with the exact total. */
    @Operation(summary = "Nominations of the municipality, filtered and paged")
    @GetMapping
    NominationList.Page list(@RequestParam(required = false) String status,
                             @RequestParam(required = false) String awardKind, @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var actor = currentActor.actingAs(Role.STAFF, Role.MAYOR);
        return list.find(actor, new NominationList.Filter(blank(status), blank(awardKind), blank(q)),
                Paging.page(page), Paging.size(size));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Operation(summary = "A nomination as its events tell it (as of an instant)")
    @GetMapping("/{caseId}")
    NominationView nomination(@PathVariable String caseId, @RequestParam(required = false) Instant asOf) {
        return nominations.view(currentActor.actingAs(READERS), caseId, asOf);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the decision of the state or federal office on a forwarded nomination")
    @PostMapping("/{caseId}/external-decision")
    @Transactional
    ResponseEntity<Void> externalDecision(@PathVariable String caseId, @Valid @RequestBody ExternalDecision decision) {
        var actor = currentActor.actingAs(Role.STAFF);
        nominations.visibleEvents(actor, caseId);
        commands.send(new RecordExternalDecisionCommand(caseId, "award".equals(decision.decision()),
                decision.authority(), decision.decidedOn(), decision.note()), actor);
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an awarded honour, with a reason")
    @PostMapping("/{caseId}/revocation")
    @Transactional
    ResponseEntity<Void> revoke(@PathVariable String caseId, @Valid @RequestBody Revocation revocation) {
        var actor = currentActor.actingAs(Role.STAFF, Role.MAYOR);
        nominations.visibleEvents(actor, caseId);
        commands.send(new RevokeHonourCommand(caseId, revocation.reason()), actor);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The award's document (certificate or thank-you letter) as PDF")
    @GetMapping("/{caseId}/document")
    ResponseEntity<byte[]> document(@PathVariable String caseId) {
        var view = nominations.view(currentActor.actingAs(Role.STAFF, Role.MAYOR), caseId, null);
        if (!view.status().equals("awarded") && !view.status().equals("closed")) {
            throw ApiException.conflict("nomination.no-document", caseId);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ehrung-" + caseId + ".pdf").build().toString())
                .body(documents.render(view));
    }
}
