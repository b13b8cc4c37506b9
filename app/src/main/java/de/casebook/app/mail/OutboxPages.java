package de.casebook.app.mail;

import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import jakarta.validation.Validator;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On a case's page, staff send a mail whose delivery was given up again, to a corrected address. */
@Controller
class OutboxPages {

    private final Outbox outbox;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final Validator validator;

    OutboxPages(Outbox outbox, CurrentActor currentActor, PageMessages messages, Validator validator) {
        this.outbox = outbox;
        this.currentActor = currentActor;
        this.messages = messages;
        this.validator = validator;
    }

    @PostMapping("/cases/{caseId}/mails/{mailId}/resend")
    String resend(@PathVariable String caseId, @PathVariable long mailId, @RequestParam(required = false) String to,
                  RedirectAttributes redirect) {
        messages.attempt(() -> {
            var actor = currentActor.actingAs(Role.STAFF);
            var address = new OutboxController.Resend(to == null ? null : to.strip());
            if (!validator.validate(address).isEmpty()) {
                throw ApiException.badRequest("mail.bad-address", to);
            }
            if (outbox.ofCase(caseId).stream().noneMatch(mail -> mail.id() == mailId)) {
                throw ApiException.notFound("mail.unknown", mailId);
            }
            outbox.resend(actor.municipality(), mailId, address.to(), actor.username());
        }, redirect, "page.mail-resent");
        return "redirect:/cases/" + caseId;
    }
}
