package de.casebook.app.privacy;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data protection officer's API: find a person, what is stored about them (Art. 15), erase it (Art. 17). */
@RestController
@RequestMapping("/api/data-protection/subjects")
class DataProtectionController {

    /** Why the person is erased; {@code force} withdraws cases about them that still run. */
    record ErasureRequest(String reason, Boolean force) {
    }

    private final DataSubjects subjects;
    private final CurrentActor currentActor;

    DataProtectionController(DataSubjects subjects, CurrentActor currentActor) {
        this.subjects = subjects;
        this.currentActor = currentActor;
    }

    @Operation(summary = "People of the municipality by name (part of it, case and accents ignored) and birth date")
    @GetMapping
    List<DataSubjects.Subject> find(@RequestParam(required = false) String name,
                                    @RequestParam(required = false) LocalDate birthDate) {
        return subjects.find(currentActor.actingAs(Role.PRIVACY), name, birthDate);
    }

    @Operation(summary = "Everything stored about the person (Art. 15 GDPR): their data in every case, and the mails sent to them")
    @GetMapping("/{subjectId}")
    DataSubjects.Report report(@PathVariable String subjectId) {
        return subjects.report(currentActor.actingAs(Role.PRIVACY), subjectId);
    }

    @Operation(summary = "Erase the person (Art. 17 GDPR); 409 while a case about them runs, unless force")
    @PostMapping("/{subjectId}/erasure")
    DataSubjects.Erasure erase(@PathVariable String subjectId, @RequestBody ErasureRequest request) {
        return subjects.erase(currentActor.actingAs(Role.PRIVACY), subjectId, request.reason(),
                Boolean.TRUE.equals(request.force()));
    }
}
