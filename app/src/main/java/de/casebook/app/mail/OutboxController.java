package de.casebook.app.mail;

import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Paging;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails of the caller's municipality, newest first, for staff and admins: what was sent, what
 * waits, and what was given up, which staff may send again to a corrected address.
 */
@RestController
class OutboxController {

    record Resend(@NotBlank @Email @Size(max = 320) String to) {
    }

    private final Outbox outbox;
    private final CurrentActor currentActor;

    OutboxController(Outbox outbox, CurrentActor currentActor) {
        this.outbox = outbox;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Mails of the municipality and their delivery state")
    @GetMapping("/api/outbox")
    Outbox.Page outbox(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "50") int size) {
        var actor = currentActor.actingAs(Role.STAFF, Role.ADMIN);
        if (status != null && !status.isBlank() && !"failed".equals(status)) {
            throw ApiException.badRequest("request.bad-value", "status", status);
        }
        return outbox.of(actor.municipality(), "failed".equals(status), Paging.page(page), Paging.size(size));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a given-up mail again, to a corrected address")
    @PostMapping("/api/outbox/{mailId}/resend")
    ResponseEntity<Map<String, Long>> resend(@PathVariable long mailId, @Valid @RequestBody Resend request) {
        var actor = currentActor.actingAs(Role.STAFF);
        var id = outbox.resend(actor.municipality(), mailId, request.to().strip(), actor.username());
        return ResponseEntity.created(URI.create("/api/outbox?page=0")).body(Map.of("id", id));
    }
}
