package de.casebook.app.card;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/card-applications")
class CardController {

    private static final Role[] READERS = {Role.STAFF, Role.AUDITOR, Role.ADMIN};

    record Statistics(int year, long total, Map<String, Long> byStatus, Map<String, Long> byProgram,
                      Map<String, Long> byMonth) {
    }

    private final ApplyingForCards applying;
    private final ChangingCardApplications changing;
    private final CardApplications applications;
    private final CardPdf pdf;
    private final CurrentActor currentActor;

    CardController(ApplyingForCards applying, ChangingCardApplications changing, CardApplications applications,
                   CardPdf pdf, CurrentActor currentActor) {
        this.applying = applying;
        this.changing = changing;
        this.applications = applications;
        this.pdf = pdf;
        this.currentActor = currentActor;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> apply(@Valid @RequestBody ApplyingForCards.CardApplicationRequest request) {
        var caseId = applying.apply(request, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.created(URI.create("/api/card-applications/" + caseId)).body(Map.of("caseId", caseId));
    }

    @GetMapping("/{caseId}")
    CardApplicationView application(@PathVariable String caseId, @RequestParam(required = false) Instant asOf) {
        return applications.view(currentActor.actingAs(READERS), caseId, asOf);
    }

    @GetMapping
    List<CardApplicationView> list(@RequestParam(required = false) String status,
                                   @RequestParam(required = false) String program,
                                   @RequestParam(required = false) String q) {
        var actor = currentActor.actingAs(READERS);
        var query = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.GERMAN);
        return applications.ofMunicipality(actor.municipality()).stream()
                .filter(view -> status == null || status.isBlank() || view.status().equals(status))
                .filter(view -> program == null || program.isBlank() || view.program().equals(program))
                .filter(view -> query == null || view.caseId().equals(query)
                        || view.applicant().name().toLowerCase(Locale.GERMAN).contains(query)
                        || view.card() != null && view.card().number().equalsIgnoreCase(query))
                .toList();
    }

    @GetMapping("/statistics")
    Statistics statistics(@RequestParam int year) {
        var actor = currentActor.actingAs(READERS);
        var ofYear = applications.ofMunicipality(actor.municipality()).stream()
                .filter(view -> view.submittedOn().getYear() == year).toList();
        return new Statistics(year, ofYear.size(), count(ofYear, CardApplicationView::status),
                count(ofYear, CardApplicationView::program),
                count(ofYear, view -> "%d-%02d".formatted(year, view.submittedOn().getMonthValue())));
    }

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

    @PostMapping("/{caseId}/organisations/{organisation}/resend")
    ResponseEntity<Void> resend(@PathVariable String caseId, @PathVariable int organisation) {
        changing.resend(caseId, organisation, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{caseId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String caseId,
                                  @Valid @RequestBody ChangingCardApplications.Reason reason) {
        changing.withdraw(caseId, reason, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{caseId}/revocation")
    ResponseEntity<Void> revoke(@PathVariable String caseId, @Valid @RequestBody ChangingCardApplications.Reason reason) {
        changing.revoke(caseId, reason, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Long> count(List<CardApplicationView> views, Function<CardApplicationView, String> key) {
        return views.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
