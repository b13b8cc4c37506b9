package de.casebook.app.mail;

import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mails of the caller's municipality, newest first, for staff and admins (and the embedded default's only inbox). */
@RestController
class OutboxController {

    record MailView(String to, String subject, String body, Instant sentAt) {
    }

    private final Outbox outbox;
    private final CurrentActor currentActor;

    OutboxController(Outbox outbox, CurrentActor currentActor) {
        this.outbox = outbox;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/outbox")
    List<MailView> outbox() {
        var actor = currentActor.actingAs(Role.STAFF, Role.ADMIN);
        return outbox.of(actor.municipality(), 500).stream()
                .map(mail -> new MailView(mail.to(), mail.subject(), mail.body(), mail.sentAt()))
                .toList();
    }
}
