package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseEvents;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
@RequestMapping("/api/qualifications")
class QualificationController {

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private static final Role[] READERS = {Role.STAFF, Role.TRAINER, Role.AUDITOR, Role.ADMIN};

    private final CaseEvents caseEvents;
    private final Courses courses;
    private final CorrectingQualifications correcting;
    private final CertificatePdf certificatePdf;
    private final CurrentActor currentActor;

    QualificationController(CaseEvents caseEvents, Courses courses, CorrectingQualifications correcting,
                            CertificatePdf certificatePdf, CurrentActor currentActor) {
        this.caseEvents = caseEvents;
        this.courses = courses;
        this.correcting = correcting;
        this.certificatePdf = certificatePdf;
        this.currentActor = currentActor;
    }

    @Operation(summary = "A participant's qualification case (as of an instant)")
    @GetMapping("/{caseId}")
    QualificationView qualification(@PathVariable String caseId, @RequestParam(required = false) Instant asOf) {
        return QualificationView.of(courses.qualificationEvents(currentActor.actingAs(READERS), caseId, asOf));
    }

    @Operation(summary = "The certificate of a certified participant as PDF")
    @GetMapping("/{caseId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable String caseId) {
        var actor = currentActor.actingAs(READERS);
        var qualification = courses.qualification(actor, caseId);
        if (qualification.certificateNumber() == null) {
            throw ApiException.notFound("certificate.not-issued", caseId);
        }
        if (qualification.takenOver()) {
            throw ApiException.notFound("certificate.from-previous-register", qualification.certificateNumber());
        }
        var pdf = certificatePdf.render(qualification, courses.course(actor, qualification.courseId()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("Zertifikat-" + qualification.certificateNumber() + ".pdf").build().toString())
                .body(pdf);
    }

    @Operation(summary = "Withdraw a participant from the course, with a reason")
    @PostMapping("/{caseId}/withdrawal")
    QualificationView withdraw(@PathVariable String caseId, @Valid @RequestBody ReasonRequest request) {
        return correcting.withdraw(caseId, request.reason(), currentActor.actingAs(Role.STAFF));
    }

    @Operation(summary = "Revoke a signed-off session for one participant, with a reason")
    @PostMapping("/{caseId}/sign-offs/{sessionId}/revocation")
    QualificationView revoke(@PathVariable String caseId, @PathVariable String sessionId,
                             @Valid @RequestBody ReasonRequest request) {
        return correcting.revokeSignOff(caseId, sessionId, request.reason(),
                currentActor.actingAs(Role.TRAINER, Role.STAFF));
    }
}
