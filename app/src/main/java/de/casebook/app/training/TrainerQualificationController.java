package de.casebook.app.training;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/trainer-qualifications")
class TrainerQualificationController {

    private static final Role[] READERS = {Role.STAFF, Role.TRAINER, Role.COORDINATOR, Role.AUDITOR, Role.ADMIN};

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    static final Role[] WITHDRAWERS = {Role.STAFF, Role.COORDINATOR};

    private final ProposingTrainers proposing;
    private final SigningOffTrainerModules signingOff;
    private final WithdrawingTrainers withdrawing;
    private final TrainerQualifications qualifications;
    private final CurrentActor currentActor;

    TrainerQualificationController(ProposingTrainers proposing, SigningOffTrainerModules signingOff,
                                   WithdrawingTrainers withdrawing, TrainerQualifications qualifications,
                                   CurrentActor currentActor) {
        this.proposing = proposing;
        this.signingOff = signingOff;
        this.withdrawing = withdrawing;
        this.qualifications = qualifications;
        this.currentActor = currentActor;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a certified mentor for the trainer qualification, with a reason")
    @PostMapping
    ResponseEntity<Map<String, String>> propose(@Valid @RequestBody ProposingTrainers.ProposalRequest request) {
        var caseId = proposing.propose(request, currentActor.actingAs(Role.STAFF));
        return ResponseEntity.created(URI.create("/api/trainer-qualifications/" + caseId))
                .body(Map.of("caseId", caseId));
    }

    @Operation(summary = "A trainer qualification case or register entry (as of an instant)")
    @GetMapping("/{caseId}")
    TrainerQualificationView qualification(@PathVariable String caseId, @RequestParam(required = false) Instant asOf) {
        return TrainerQualificationView.of(qualifications.events(currentActor.actingAs(READERS), caseId, asOf));
    }

    @Operation(summary = "End a candidacy or take a trainer off the register, with a reason")
    @PostMapping("/{caseId}/withdrawal")
    TrainerQualificationView withdraw(@PathVariable String caseId, @Valid @RequestBody ReasonRequest request) {
        return withdrawing.withdraw(caseId, request.reason(), currentActor.actingAs(WITHDRAWERS));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign off hours of a trainer course module for the candidate (registered trainers)")
    @PostMapping("/{caseId}/sign-offs")
    ResponseEntity<Map<String, String>> signOff(@PathVariable String caseId,
                                                @Valid @RequestBody SigningOffTrainerModules.ModuleSignOffRequest request) {
        var signOffId = signingOff.signOff(caseId, request, currentActor.actingAs(Role.TRAINER));
        return ResponseEntity.created(URI.create("/api/trainer-qualifications/" + caseId))
                .body(Map.of("signOffId", signOffId));
    }
}
