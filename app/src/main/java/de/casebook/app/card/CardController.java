package de.casebook.app.card;

import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/card-applications")
class CardController {

    private static final Role[] READERS = {Role.STAFF, Role.AUDITOR, Role.ADMIN};

    private final ApplyingForCards applying;
    private final ChangingCardApplications changing;
    private final CardApplications applications;
    private final CardApplicationList list;
    private final CardPdf pdf;
    private final CurrentActor currentActor;

    CardController(ApplyingForCards applying, ChangingCardApplications changing, CardApplications applications,
                   CardApplicationList list, CardPdf pdf, CurrentActor currentActor) {
        this.applying = applying;
        this.changing = changing;
        this.applications = applications;
        this.list = list;
        this.pdf = pdf;
        this.currentActor = currentActor;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for a volunteer card (Ehrenamtskarte) for a person")
    @PostMapping
    ResponseEntity<Map<String, String>> apply(@Valid @RequestBody ApplyingForCards.CardApplicationRequest request) {
        var caseId = applying.apply(request, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.created(URI.create("/api/card-applications/" + caseId)).body(Map.of("caseId", caseId));
    }

    @Operation(summary = "A card application as its events tell it (as of an instant)")
    @GetMapping("/{caseId}")
    CardApplicationView application(@PathVariable String caseId, @RequestParam(required = false) Instant asOf) {
        return applications.view(currentActor.actingAs(READERS), caseId, asOf);
    }

    /** The municipality's applications, newest first, paged, with the exact total. */
    @Operation(summary = "Card applications of the municipality, filtered and paged")
    @GetMapping
    CardApplicationList.Page list(@RequestParam(required = false) String status,
                                  @RequestParam(required = false) String program,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        var actor = currentActor.actingAs(READERS);
        return list.find(actor, new CardApplicationList.Filter(blankToNull(status), blankToNull(program),
                blankToNull(q)), Paging.page(page), Paging.size(size));
    }

    @Operation(summary = "Card applications and issued cards of a year")
    @GetMapping("/statistics")
    CardApplicationList.Statistics statistics(@RequestParam int year) {
        if (year < 2000 || year > 2200) {
            throw ApiException.badRequest("request.bad-value", "year", year);
        }
        return list.statistics(currentActor.actingAs(READERS).municipality(), year);
    }

    @Operation(summary = "The issued card as PDF with its QR code")
    @GetMapping("/{caseId}/card")
    ResponseEntity<byte[]> card(@PathVariable String caseId) {
        var view = applications.view(currentActor.actingAs(READERS), caseId, null);
        if (view.card() == null) {
            throw ApiException.conflict("card.not-issued", caseId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ehrenamtskarte-" + view.card().number() + ".pdf").build().toString())
                .body(pdf.render(view));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Send an organisation its confirmation link again")
    @PostMapping("/{caseId}/organisations/{organisation}/resend")
    ResponseEntity<Void> resend(@PathVariable String caseId, @PathVariable int organisation) {
        changing.resend(caseId, organisation, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a card application, with a reason")
    @PostMapping("/{caseId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String caseId,
                                  @Valid @RequestBody ChangingCardApplications.Reason reason) {
        changing.withdraw(caseId, reason, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an issued card, with a reason")
    @PostMapping("/{caseId}/revocation")
    ResponseEntity<Void> revoke(@PathVariable String caseId, @Valid @RequestBody ChangingCardApplications.Reason reason) {
        changing.revoke(caseId, reason, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.noContent().build();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
