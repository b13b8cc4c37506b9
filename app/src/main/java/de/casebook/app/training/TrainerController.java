package de.casebook.app.training;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/trainers")
class TrainerController {

    record AccountRequest(@NotBlank @Size(max = 200) String username) {
    }

    static final Role[] READERS = {Role.STAFF, Role.TRAINER, Role.COORDINATOR, Role.AUDITOR, Role.ADMIN};
    static final Role[] LINKERS = {Role.STAFF, Role.COORDINATOR, Role.ADMIN};

    private final TrainerDirectory directory;
    private final LinkingTrainerAccounts linking;
    private final TrainerQualifications qualifications;
    private final CurrentActor currentActor;

    TrainerController(TrainerDirectory directory, LinkingTrainerAccounts linking,
                      TrainerQualifications qualifications, CurrentActor currentActor) {
        this.directory = directory;
        this.linking = linking;
        this.qualifications = qualifications;
        this.currentActor = currentActor;
    }

    @Operation(summary = "The municipality's trainer register: who may lead courses, since when, with which account")
    @GetMapping
    List<TrainerDirectory.Trainer> trainers() {
        return directory.registeredIn(currentActor.actingAs(READERS));
    }

    @Operation(summary = "Link a user account to a register entry (it may then lead courses and sign off hours)")
    @PostMapping("/{trainerId}/account")
    TrainerQualificationView link(@PathVariable String trainerId, @Valid @RequestBody AccountRequest request) {
        var actor = currentActor.actingAs(LINKERS);
        linking.link(trainerId, request.username(), actor);
        return qualifications.view(actor, trainerId);
    }
}
