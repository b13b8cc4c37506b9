package de.casebook.app.readmodel;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The read models for administrators: where they stand, rebuilding one, and its parked events. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

    private final ProjectionStatus status;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionDeadLetters deadLetters;
    private final CurrentActor currentActor;

    ProjectionController(ProjectionStatus status, ProjectionRebuilds rebuilds, ProjectionDeadLetters deadLetters,
                         CurrentActor currentActor) {
        this.status = status;
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Read models: position, lag and rebuild state")
    @GetMapping
    List<ProjectionStatus.Report> projections() {
        currentActor.actingAs(Role.ADMIN);
        return status.all();
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a read model from the events")
    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatus.Report> rebuild(@PathVariable String name) {
        currentActor.actingAs(Role.ADMIN);
        rebuilds.start(name);
        var report = status.all().stream().filter(projection -> projection.name().equals(name)).findFirst().orElseThrow();
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections")).body(report);
    }

    @Operation(summary = "Events a read model could not handle")
    @GetMapping("/{name}/dead-letters")
    List<ProjectionDeadLetters.DeadLetter> deadLetters(@PathVariable String name) {
        currentActor.actingAs(Role.ADMIN);
        return deadLetters.of(name);
    }

    @Operation(summary = "Handle a read model's failed events again")
    @PostMapping("/{name}/dead-letters/retry")
    ProjectionDeadLetters.Retry retry(@PathVariable String name) {
        currentActor.actingAs(Role.ADMIN);
        return deadLetters.retry(name);
    }
}
