package de.casebook.app.card;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.card.api.ConfirmationPurpose;
import de.casebook.domain.card.api.RevokeCardCommand;
import de.casebook.domain.card.api.WithdrawCardApplicationCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff steps outside the task list: resend a link, record a withdrawal, revoke a card. */
@Service
class ChangingCardApplications {

    record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    private final CardApplications applications;
    private final ConfirmationLinks links;
    private final CaseCommands commands;

    ChangingCardApplications(CardApplications applications, ConfirmationLinks links, CaseCommands commands) {
        this.applications = applications;
        this.links = links;
        this.commands = commands;
    }

    /** A new link for the organisation (1-based as the API counts); the old one stops working. */
    @Transactional
    void resend(String caseId, int organisation, Actor actor) {
        var view = applications.view(actor, caseId, null);
        if (organisation < 1 || organisation > view.organisations().size()) {
            throw ApiException.notFound("card.unknown-organisation", organisation);
        }
        links.send(caseId, organisation - 1, ConfirmationPurpose.RESEND, Optional.of(actor));
    }

    @Transactional
    void withdraw(String caseId, Reason reason, Actor actor) {
        applications.visibleEvents(actor, caseId);
        commands.send(new WithdrawCardApplicationCommand(caseId, reason.reason().strip()), actor);
    }

    @Transactional
    void revoke(String caseId, Reason reason, Actor actor) {
        applications.visibleEvents(actor, caseId);
        commands.send(new RevokeCardCommand(caseId, reason.reason().strip()), actor);
    }
}
