package de.casebook.app.versions;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
class ProcessVersionController {

    private final ProcessVersions versions;
    private final CurrentActor currentActor;

    ProcessVersionController(ProcessVersions versions, CurrentActor currentActor) {
        this.versions = versions;
        this.currentActor = currentActor;
    }

    @Operation(summary = "The deployed versions of every case process, with the municipality's running cases per "
            + "version and activity")
    @GetMapping("/processes")
    List<ProcessVersions.Process> processes() {
        return versions.processes(currentActor.actingAs(Role.ADMIN));
    }

    @Operation(summary = "Check (dryRun, the default) or carry out the move of the municipality's running cases "
            + "from one version of a process model to another; each moved case gets an event")
    @PostMapping("/process-migrations")
    ProcessVersions.Report migrate(@RequestBody ProcessVersions.Request request) {
        return versions.migrate(currentActor.actingAs(Role.ADMIN), request, LocaleContextHolder.getLocale());
    }
}
