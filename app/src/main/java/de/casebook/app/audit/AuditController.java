package de.casebook.app.audit;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail's integrity for auditors: signed digests of the hash chain, and verification runs against them. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /** The digests the auditor kept; without any, those in the application's digest directory are used. */
    record VerificationRequest(List<DigestDocument> digests) {
    }

    private final Verifications verifications;
    private final Digests digests;
    private final CurrentActor currentActor;

    AuditController(Verifications verifications, Digests digests, CurrentActor currentActor) {
        this.verifications = verifications;
        this.digests = digests;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Verify every event's hash and the chain against digests, in the background")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/verifications")
    ResponseEntity<Map<String, UUID>> verify(@RequestBody(required = false) VerificationRequest request) {
        var actor = currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        var id = verifications.start(actor, request == null ? null : request.digests());
        return ResponseEntity.accepted().location(URI.create("/api/audit/verifications/" + id)).body(Map.of("id", id));
    }

    @Operation(summary = "A verification's progress and what it found")
    @GetMapping("/verifications/{id}")
    Verifications.Verification verification(@PathVariable UUID id) {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        return verifications.find(id).orElseThrow(() -> ApiException.notFound("audit.verification-not-found", id));
    }

    @Operation(summary = "The 20 most recent verifications")
    @GetMapping("/verifications")
    List<Verifications.Verification> recentVerifications() {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        return verifications.recent();
    }

    @Operation(summary = "The signed digests written so far, newest first")
    @GetMapping("/digests")
    List<Digests.Summary> digests() {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        return digests.all();
    }

    @Operation(summary = "Seal every event stored so far into a new digest now (204 when nothing is new)")
    @PostMapping("/digests")
    ResponseEntity<Digests.Summary> sealNow() {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        return digests.sealNow()
                .map(sealed -> ResponseEntity.created(URI.create("/api/audit/digests/" + sealed.block())).body(sealed))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @Operation(summary = "One digest as signed, to keep")
    @GetMapping(value = "/digests/{block}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> digest(@PathVariable long block) {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        var document = digests.document(block).orElseThrow(() -> ApiException.notFound("audit.digest-not-found", block));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("digest-%08d.json".formatted(block), StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @Operation(summary = "The public key (PEM) that verifies the digests' signatures")
    @GetMapping(value = "/digests/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    String publicKey() {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        return digests.publicKeyPem();
    }
}
