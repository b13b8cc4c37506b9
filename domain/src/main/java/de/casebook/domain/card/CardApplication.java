package de.casebook.domain.card;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.card.api.AbandonConfirmationCommand;
import de.casebook.domain.card.api.AnswerConfirmationCommand;
import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.ApplicationApprovedEvent;
import de.casebook.domain.card.api.ApplicationRejectedEvent;
import de.casebook.domain.card.api.ApplicationWithdrawnEvent;
import de.casebook.domain.card.api.ApproveCardApplicationCommand;
import de.casebook.domain.card.api.CardApplicationSubmittedEvent;
import de.casebook.domain.card.api.CardExpiredEvent;
import de.casebook.domain.card.api.CardIssuedEvent;
import de.casebook.domain.card.api.CardProgram;
import de.casebook.domain.card.api.CardRenewalLinkedEvent;
import de.casebook.domain.card.api.CardRevokedEvent;
import de.casebook.domain.card.api.CardTakenOverEvent;
import de.casebook.domain.card.api.ConfirmationAbandonedEvent;
import de.casebook.domain.card.api.ConfirmationRequestedEvent;
import de.casebook.domain.card.api.EligibilityDecidedEvent;
import de.casebook.domain.card.api.ExpireCardCommand;
import de.casebook.domain.card.api.ExpiryReminderSentEvent;
import de.casebook.domain.card.api.LinkRenewalCommand;
import de.casebook.domain.card.api.OrganisationConfirmedEvent;
import de.casebook.domain.card.api.OrganisationDisputedEvent;
import de.casebook.domain.card.api.RecordEligibilityCommand;
import de.casebook.domain.card.api.RecordExpiryReminderCommand;
import de.casebook.domain.card.api.RejectCardApplicationCommand;
import de.casebook.domain.card.api.RequestConfirmationCommand;
import de.casebook.domain.card.api.RevokeCardCommand;
import de.casebook.domain.card.api.SubmitCardApplicationCommand;
import de.casebook.domain.card.api.TakeOverCardCommand;
import de.casebook.domain.card.api.WithdrawCardApplicationCommand;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.ProcessMigratedEvent;
import de.casebook.domain.shared.RecordProcessMigrationCommand;
import de.casebook.domain.shared.Required;
import de.casebook.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One application for a volunteer card, and the card it leads to. Each organisation confirms or
 * disputes once through its current link; the rules' result is recorded before staff decide; a
 * card is issued exactly once, on approval.
 */
public class CardApplication {

    static final int MAX_ORGANISATIONS = 5;

    enum Stage { AWAITING_CONFIRMATION, IN_REVIEW, ISSUED, REJECTED, WITHDRAWN, EXPIRED, REVOKED }

    enum Answer { PENDING, CONFIRMED, DISPUTED, ABANDONED }

    private record Link(String tokenHash, Instant expiresAt) {
    }

    @AggregateIdentifier
    private String caseId;
    private Stage stage;
    private Integer validityYears;
    private final List<Answer> answers = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private Boolean eligible;
    private LocalDate validUntil;

    protected CardApplication() {
        // for Axon
    }

    @CommandHandler
    public CardApplication(SubmitCardApplicationCommand command, Clock clock) {
        var today = LocalDate.now(clock);
        var organisations = command.organisations();
        if (organisations.isEmpty() || organisations.size() > MAX_ORGANISATIONS) {
            throw new RuleViolationException("card.organisations-count", MAX_ORGANISATIONS);
        }
        if (command.applicant().birthDate().isAfter(today)) {
            throw new RuleViolationException("card.birth-date-in-future");
        }
        if (organisations.stream().anyMatch(organisation -> organisation.since().isAfter(today))) {
            throw new RuleViolationException("card.engagement-in-future");
        }
        apply(new CardApplicationSubmittedEvent(command.caseId(), command.caseNumber(), command.municipality(), command.program(),
                command.applicant(), List.copyOf(organisations), command.qualification(), command.renewalOf(), today));
    }

    /**
     * A card from the previous register becomes an issued card of a new case, valid from the day it
     * is taken over until the day the register gave.
     */
    @CommandHandler
    public CardApplication(TakeOverCardCommand command, Clock clock) {
        var today = LocalDate.now(clock);
        checkTakeOver(command.program(), command.holder(), command.validUntil(), today);
        apply(new CardTakenOverEvent(command.caseId(), command.caseNumber(), command.municipality(), command.program(),
                command.holder(), command.previousCardNumber(), command.validUntil(), today, command.source()));
        apply(new CardIssuedEvent(command.caseId(), command.caseNumber(), command.verificationCode(), today,
                command.validUntil(), true));
    }

    /**
     * What a card from the previous register must satisfy to be taken over: a holder born in the past,
     * a last valid day exactly when the program limits its cards, not yet passed and not beyond one
     * full validity from today. The import's dry run asks the same before anything is written.
     */
    public static void checkTakeOver(CardProgram program, Applicant holder, LocalDate validUntil, LocalDate today) {
        if (holder.birthDate().isAfter(today)) {
            throw new RuleViolationException("card.birth-date-in-future");
        }
        var years = program.validityYears();
        if (years == null && validUntil != null) {
            throw new RuleViolationException("card.takeover-unlimited-program");
        }
        if (years != null && validUntil == null) {
            throw new RuleViolationException("card.takeover-valid-until-required", years);
        }
        if (validUntil != null && validUntil.isBefore(today)) {
            throw new RuleViolationException("card.takeover-expired");
        }
        if (years != null && validUntil.isAfter(today.plusYears(years))) {
            throw new RuleViolationException("card.takeover-valid-too-long", years);
        }
    }

    @CommandHandler
    public void handle(RequestConfirmationCommand command) {
        requireStage(Stage.AWAITING_CONFIRMATION);
        var index = requireOrganisation(command.organisationIndex());
        if (answers.get(index) != Answer.PENDING) {
            throw new CaseStateConflictException("confirmation.already-answered", index + 1);
        }
        apply(new ConfirmationRequestedEvent(caseId, index, command.tokenHash(), command.expiresAt(),
                command.purpose()));
    }

    /** The link's token decides which organisation answers; an old, used or expired link does nothing. */
    @CommandHandler
    public void handle(AnswerConfirmationCommand command, Clock clock) {
        var index = command.organisationIndex();
        var link = index >= 0 && index < links.size() ? links.get(index) : null;
        if (link == null || !link.tokenHash().equals(command.tokenHash())) {
            throw new CaseStateConflictException("confirmation.link-replaced");
        }
        if (stage != Stage.AWAITING_CONFIRMATION || answers.get(index) != Answer.PENDING) {
            throw new CaseStateConflictException("confirmation.already-answered", index + 1);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new CaseStateConflictException("confirmation.link-expired");
        }
        apply(command.confirmed()
                ? new OrganisationConfirmedEvent(caseId, index, command.comment())
                : new OrganisationDisputedEvent(caseId, index, command.comment()));
    }

    @CommandHandler
    public void handle(AbandonConfirmationCommand command) {
        requireStage(Stage.AWAITING_CONFIRMATION);
        var index = requireOrganisation(command.organisationIndex());
        if (answers.get(index) != Answer.PENDING) {
            throw new CaseStateConflictException("confirmation.already-answered", index + 1);
        }
        Required.reason(command.reason());
        apply(new ConfirmationAbandonedEvent(caseId, index, command.reason()));
    }

    @CommandHandler
    public void handle(RecordEligibilityCommand command) {
        requireStage(Stage.AWAITING_CONFIRMATION);
        if (answers.contains(Answer.PENDING)) {
            throw new CaseStateConflictException("card.confirmations-open");
        }
        apply(new EligibilityDecidedEvent(caseId, command.eligible(), List.copyOf(command.reasons())));
    }

    /** Returns the card's last valid day, or null for a card without limit. */
    @CommandHandler
    public LocalDate handle(ApproveCardApplicationCommand command, Clock clock) {
        requireStage(Stage.IN_REVIEW);
        if (!eligible && Required.isBlank(command.comment())) {
            throw new RuleViolationException("card.comment-required-to-approve");
        }
        var today = LocalDate.now(clock);
        apply(new ApplicationApprovedEvent(caseId, command.comment()));
        var lastDay = validityYears == null ? null : today.plusYears(validityYears).minusDays(1);
        apply(new CardIssuedEvent(caseId, command.cardNumber(), command.verificationCode(), today, lastDay, false));
        return lastDay;
    }

    @CommandHandler
    public void handle(RejectCardApplicationCommand command) {
        requireStage(Stage.IN_REVIEW);
        if (eligible && Required.isBlank(command.comment())) {
            throw new RuleViolationException("card.comment-required-to-reject");
        }
        apply(new ApplicationRejectedEvent(caseId, command.reason(), command.comment()));
    }

    @CommandHandler
    public void handle(WithdrawCardApplicationCommand command) {
        if (stage != Stage.AWAITING_CONFIRMATION && stage != Stage.IN_REVIEW) {
            throw new CaseStateConflictException("card.withdrawal-too-late");
        }
        apply(new ApplicationWithdrawnEvent(caseId, command.reason()));
    }

    @CommandHandler
    public void handle(RecordExpiryReminderCommand command) {
        if (stage == Stage.ISSUED && validUntil != null) {
            apply(new ExpiryReminderSentEvent(caseId, validUntil));
        }
    }

    /** Sent by the process when the validity is over; a card revoked in between stays revoked. */
    @CommandHandler
    public void handle(ExpireCardCommand command, Clock clock) {
        if (stage == Stage.ISSUED && validUntil != null && validUntil.isBefore(LocalDate.now(clock))) {
            apply(new CardExpiredEvent(caseId, validUntil));
        }
    }

    @CommandHandler
    public void handle(RevokeCardCommand command) {
        requireStage(Stage.ISSUED);
        Required.reason(command.reason());
        apply(new CardRevokedEvent(caseId, command.reason()));
    }

    @CommandHandler
    public void handle(LinkRenewalCommand command) {
        if (stage != Stage.ISSUED && stage != Stage.EXPIRED) {
            throw new RuleViolationException("card.renewal-of-no-card");
        }
        apply(new CardRenewalLinkedEvent(caseId, command.renewedBy()));
    }

    private void requireStage(Stage expected) {
        if (stage != expected) {
            throw new CaseStateConflictException("card.wrong-status", stage.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    private int requireOrganisation(int index) {
        if (index < 0 || index >= answers.size()) {
            throw new RuleViolationException("card.unknown-organisation", index + 1);
        }
        return index;
    }

    /** The case's process moved to another version of its model (an administrator's migration). */
    @CommandHandler(commandName = "CardApplication.RecordProcessMigration")
    public void handle(RecordProcessMigrationCommand command) {
        apply(new ProcessMigratedEvent(caseId, command.processKey(), command.fromVersion(), command.toVersion()));
    }

    @EventSourcingHandler
    void on(CardApplicationSubmittedEvent event) {
        caseId = event.caseId();
        stage = Stage.AWAITING_CONFIRMATION;
        validityYears = event.program().validityYears();
        event.organisations().forEach(organisation -> {
            answers.add(Answer.PENDING);
            links.add(null);
        });
    }

    @EventSourcingHandler
    void on(CardTakenOverEvent event) {
        caseId = event.caseId();
        validityYears = event.program().validityYears();
    }

    @EventSourcingHandler
    void on(ConfirmationRequestedEvent event) {
        links.set(event.organisationIndex(), new Link(event.tokenHash(), event.expiresAt()));
    }

    @EventSourcingHandler
    void on(OrganisationConfirmedEvent event) {
        answers.set(event.organisationIndex(), Answer.CONFIRMED);
    }

    @EventSourcingHandler
    void on(OrganisationDisputedEvent event) {
        answers.set(event.organisationIndex(), Answer.DISPUTED);
    }

    @EventSourcingHandler
    void on(ConfirmationAbandonedEvent event) {
        answers.set(event.organisationIndex(), Answer.ABANDONED);
    }

    @EventSourcingHandler
    void on(EligibilityDecidedEvent event) {
        stage = Stage.IN_REVIEW;
        eligible = event.eligible();
    }

    @EventSourcingHandler
    void on(CardIssuedEvent event) {
        stage = Stage.ISSUED;
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(ApplicationRejectedEvent event) {
        stage = Stage.REJECTED;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawnEvent event) {
        stage = Stage.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(CardExpiredEvent event) {
        stage = Stage.EXPIRED;
    }

    @EventSourcingHandler
    void on(CardRevokedEvent event) {
        stage = Stage.REVOKED;
    }
}
