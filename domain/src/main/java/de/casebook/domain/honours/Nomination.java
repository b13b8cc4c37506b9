package de.casebook.domain.honours;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.honours.api.CeremonyScheduledEvent;
import de.casebook.domain.honours.api.CloseReferencesCommand;
import de.casebook.domain.honours.api.CloseStatementCommand;
import de.casebook.domain.honours.api.ConfirmHandoverCommand;
import de.casebook.domain.honours.api.DecideNominationCommand;
import de.casebook.domain.honours.api.ExternalDecisionFollowedUpEvent;
import de.casebook.domain.honours.api.FollowUpExternalDecisionCommand;
import de.casebook.domain.honours.api.FormalCheckPassedEvent;
import de.casebook.domain.honours.api.ForwardNominationCommand;
import de.casebook.domain.honours.api.HonourHandedOverEvent;
import de.casebook.domain.honours.api.HonourRevokedEvent;
import de.casebook.domain.honours.api.InformationRequestedEvent;
import de.casebook.domain.honours.api.InformationSuppliedEvent;
import de.casebook.domain.honours.api.JuryRecommendedEvent;
import de.casebook.domain.honours.api.NominationAwardedEvent;
import de.casebook.domain.honours.api.NominationDeclinedEvent;
import de.casebook.domain.honours.api.NominationForwardedEvent;
import de.casebook.domain.honours.api.NominationRejectedEvent;
import de.casebook.domain.honours.api.NominationRulesCheckedEvent;
import de.casebook.domain.honours.api.NominationScoredEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.honours.api.NominationWithdrawnEvent;
import de.casebook.domain.honours.api.NominatorRemindedEvent;
import de.casebook.domain.honours.api.PassFormalCheckCommand;
import de.casebook.domain.honours.api.RecommendCommand;
import de.casebook.domain.honours.api.RecordExternalDecisionCommand;
import de.casebook.domain.honours.api.ReferencesClosedEvent;
import de.casebook.domain.honours.api.RejectNominationCommand;
import de.casebook.domain.honours.api.RemindNominatorCommand;
import de.casebook.domain.honours.api.RequestInformationCommand;
import de.casebook.domain.honours.api.RequestStatementCommand;
import de.casebook.domain.honours.api.RevokeHonourCommand;
import de.casebook.domain.honours.api.ScheduleCeremonyCommand;
import de.casebook.domain.honours.api.ScoreNominationCommand;
import de.casebook.domain.honours.api.StatementMissedEvent;
import de.casebook.domain.honours.api.StatementRequestedEvent;
import de.casebook.domain.honours.api.StatementSubmittedEvent;
import de.casebook.domain.honours.api.SubmitNominationCommand;
import de.casebook.domain.honours.api.SubmitStatementCommand;
import de.casebook.domain.honours.api.SupplyInformationCommand;
import de.casebook.domain.honours.api.WithdrawNominationCommand;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.ProcessMigratedEvent;
import de.casebook.domain.shared.RecordProcessMigrationCommand;
import de.casebook.domain.shared.Required;
import de.casebook.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One nomination for an honour. The formal rules are checked on arrival and after every supplement
 * from the nominator; staff pass it only when no rule is broken. Statements, jury scores and the
 * decision follow; an honour can be handed over once and revoked later.
 */
public class Nomination {

    /** A score of at least this counts as a vote in favour. */
    static final int IN_FAVOUR = 6;

    enum Stage { FORMAL_CHECK, INFORMATION_REQUESTED, REFERENCES, JURY, DECISION, FORWARDED, AWARDED, DECLINED, CLOSED,
        REVOKED, WITHDRAWN }

    private record Link(String tokenHash, Instant dueAt) {
    }

    @AggregateIdentifier
    private String caseId;
    private Stage stage;
    private NominationSubmittedEvent nomination;
    private String supplements = "";
    private List<String> findings = List.of();
    private Link informationLink;
    private final Map<Integer, Link> statementLinks = new HashMap<>();
    private final Map<Integer, Boolean> statements = new HashMap<>();
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private LocalDate ceremonyDate;

    protected Nomination() {
        // for Axon
    }

    @CommandHandler
    public Nomination(SubmitNominationCommand command, Clock clock) {
        Required.text(command.justification(), "nomination.justification-required");
        var today = LocalDate.now(clock);
        if (command.nominee().birthDate().isAfter(today) || command.engagementSince().isAfter(today)) {
            throw new RuleViolationException("nomination.date-in-future");
        }
        if (command.engagementUntil() != null && command.engagementUntil().isBefore(command.engagementSince())) {
            throw new RuleViolationException("nomination.engagement-ends-before-start");
        }
        var submitted = new NominationSubmittedEvent(command.caseId(), command.caseNumber(), command.municipality(), command.awardKind(),
                command.category(), command.nominator(), command.nominee(), command.engagementSince(),
                command.engagementUntil(), command.justification().strip(), List.copyOf(command.references()),
                command.rules(), today);
        apply(submitted);
        apply(new NominationRulesCheckedEvent(command.caseId(), command.rules().findings(submitted, null, today)));
    }

    @CommandHandler
    public void handle(PassFormalCheckCommand command) {
        requireStage(Stage.FORMAL_CHECK);
        if (!findings.isEmpty()) {
            throw new RuleViolationException("nomination.rules-not-met", String.join(", ", findings));
        }
        apply(new FormalCheckPassedEvent(caseId, command.comment()));
    }

    @CommandHandler
    public void handle(RequestInformationCommand command) {
        requireStage(Stage.FORMAL_CHECK);
        Required.text(command.question(), "nomination.question-required");
        apply(new InformationRequestedEvent(caseId, command.question().strip(), command.tokenHash(), command.expiresAt()));
    }

    @CommandHandler
    public void handle(RemindNominatorCommand command) {
        if (stage == Stage.INFORMATION_REQUESTED) {
            apply(new NominatorRemindedEvent(caseId));
        }
    }

    @CommandHandler
    public void handle(SupplyInformationCommand command, Clock clock) {
        if (stage != Stage.INFORMATION_REQUESTED || informationLink == null
                || !informationLink.tokenHash().equals(command.tokenHash())) {
            throw new CaseStateConflictException("link.used");
        }
        if (!clock.instant().isBefore(informationLink.dueAt())) {
            throw new CaseStateConflictException("link.expired");
        }
        Required.text(command.answer(), "nomination.answer-required");
        apply(new InformationSuppliedEvent(caseId, command.answer().strip()));
        apply(new NominationRulesCheckedEvent(caseId,
                nomination.rules().findings(nomination, supplements, LocalDate.now(clock))));
    }

    @CommandHandler
    public void handle(RejectNominationCommand command) {
        requireStage(Stage.FORMAL_CHECK);
        Required.text(command.reason(), "reason.required");
        apply(new NominationRejectedEvent(caseId, command.reason().strip()));
    }

    @CommandHandler
    public void handle(RequestStatementCommand command) {
        requireStage(Stage.REFERENCES);
        requireReference(command.referenceIndex());
        apply(new StatementRequestedEvent(caseId, command.referenceIndex(), command.tokenHash(), command.dueAt()));
    }

    @CommandHandler
    public void handle(SubmitStatementCommand command, Clock clock) {
        var index = statementLinks.entrySet().stream()
                .filter(entry -> entry.getValue().tokenHash().equals(command.tokenHash()))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new CaseStateConflictException("link.used"));
        if (stage != Stage.REFERENCES || statements.containsKey(index)) {
            throw new CaseStateConflictException("link.used");
        }
        if (!clock.instant().isBefore(statementLinks.get(index).dueAt())) {
            throw new CaseStateConflictException("link.expired");
        }
        Required.text(command.statement(), "nomination.statement-required");
        apply(new StatementSubmittedEvent(caseId, index, command.statement().strip()));
    }

    @CommandHandler
    public void handle(CloseStatementCommand command) {
        if (stage == Stage.REFERENCES && !statements.containsKey(command.referenceIndex())) {
            apply(new StatementMissedEvent(caseId, command.referenceIndex()));
        }
    }

    @CommandHandler
    public void handle(CloseReferencesCommand command) {
        requireStage(Stage.REFERENCES);
        apply(new ReferencesClosedEvent(caseId, (int) statements.values().stream().filter(Boolean::booleanValue).count()));
    }

    @CommandHandler
    public void handle(ScoreNominationCommand command) {
        requireStage(Stage.JURY);
        if (command.score() < 1 || command.score() > 10) {
            throw new RuleViolationException("nomination.score-invalid");
        }
        if (scores.containsKey(command.juror())) {
            throw new CaseStateConflictException("nomination.already-scored", command.juror());
        }
        apply(new NominationScoredEvent(caseId, command.juror(), command.score(), command.comment()));
    }

    /** The jury recommends the honour when at least {@code quorum} jurors voted in favour. */
    @CommandHandler
    public void handle(RecommendCommand command) {
        requireStage(Stage.JURY);
        var inFavour = (int) scores.values().stream().filter(score -> score >= IN_FAVOUR).count();
        var average = scores.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(scores.values().stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
        apply(new JuryRecommendedEvent(caseId, average, inFavour, inFavour >= command.quorum()));
    }

    @CommandHandler
    public void handle(DecideNominationCommand command) {
        requireStage(Stage.DECISION);
        if (nomination.awardKind().decidedOutside()) {
            throw new CaseStateConflictException("nomination.decided-outside");
        }
        decide(command.award(), command.decidedBy(), command.reason());
    }

    @CommandHandler
    public void handle(ForwardNominationCommand command) {
        requireStage(Stage.DECISION);
        if (!nomination.awardKind().decidedOutside()) {
            throw new CaseStateConflictException("nomination.decided-here");
        }
        Required.text(command.authority(), "nomination.authority-required");
        apply(new NominationForwardedEvent(caseId, command.authority().strip(), command.note()));
    }

    @CommandHandler
    public void handle(FollowUpExternalDecisionCommand command) {
        requireStage(Stage.FORWARDED);
        Required.text(command.note(), "nomination.note-required");
        apply(new ExternalDecisionFollowedUpEvent(caseId, command.note().strip()));
    }

    @CommandHandler
    public void handle(RecordExternalDecisionCommand command, Clock clock) {
        requireStage(Stage.FORWARDED);
        if (command.decidedOn() == null || command.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("nomination.decision-date-invalid");
        }
        Required.text(command.authority(), "nomination.authority-required");
        var reason = command.note() == null ? "entschieden am " + command.decidedOn() : command.note();
        decide(command.award(), command.authority().strip(), reason);
    }

    @CommandHandler
    public void handle(ScheduleCeremonyCommand command, Clock clock) {
        requireStage(Stage.AWARDED);
        if (command.date() == null || command.date().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("nomination.ceremony-in-past");
        }
        Required.text(command.place(), "nomination.place-required");
        apply(new CeremonyScheduledEvent(caseId, command.date(), command.place().strip()));
    }

    @CommandHandler
    public void handle(ConfirmHandoverCommand command, Clock clock) {
        requireStage(Stage.AWARDED);
        var today = LocalDate.now(clock);
        if (ceremonyDate == null || today.isBefore(ceremonyDate)) {
            throw new CaseStateConflictException("nomination.ceremony-not-held");
        }
        apply(new HonourHandedOverEvent(caseId, today, command.note()));
    }

    @CommandHandler
    public void handle(RevokeHonourCommand command) {
        if (stage != Stage.AWARDED && stage != Stage.CLOSED) {
            throw new CaseStateConflictException("nomination.not-awarded");
        }
        Required.text(command.reason(), "reason.required");
        apply(new HonourRevokedEvent(caseId, command.reason().strip()));
    }

    @CommandHandler
    public void handle(WithdrawNominationCommand command) {
        if (EnumSet.of(Stage.AWARDED, Stage.DECLINED, Stage.CLOSED, Stage.REVOKED, Stage.WITHDRAWN).contains(stage)) {
            throw new CaseStateConflictException("nomination.not-running");
        }
        Required.text(command.reason(), "reason.required");
        apply(new NominationWithdrawnEvent(caseId, command.reason().strip()));
    }

    private void decide(boolean award, String decidedBy, String reason) {
        if (award) {
            apply(new NominationAwardedEvent(caseId, decidedBy, reason));
        } else {
            Required.text(reason, "reason.required");
            apply(new NominationDeclinedEvent(caseId, decidedBy, reason.strip()));
        }
    }

    private void requireStage(Stage expected) {
        if (stage != expected) {
            throw new CaseStateConflictException("nomination.wrong-status", stage.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-'));
        }
    }

    private void requireReference(int index) {
        if (index < 0 || index >= nomination.references().size()) {
            throw new RuleViolationException("nomination.unknown-reference", index + 1);
        }
    }

    /** The case's process moved to another version of its model (an administrator's migration). */
    @CommandHandler(commandName = "Nomination.RecordProcessMigration")
    public void handle(RecordProcessMigrationCommand command) {
        apply(new ProcessMigratedEvent(caseId, command.processKey(), command.fromVersion(), command.toVersion()));
    }

    @EventSourcingHandler
    void on(NominationSubmittedEvent event) {
        caseId = event.caseId();
        nomination = event;
        stage = Stage.FORMAL_CHECK;
    }

    @EventSourcingHandler
    void on(NominationRulesCheckedEvent event) {
        findings = List.copyOf(event.findings());
    }

    @EventSourcingHandler
    void on(InformationRequestedEvent event) {
        stage = Stage.INFORMATION_REQUESTED;
        informationLink = new Link(event.tokenHash(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(InformationSuppliedEvent event) {
        stage = Stage.FORMAL_CHECK;
        informationLink = null;
        supplements = supplements + "\n" + event.answer();
    }

    @EventSourcingHandler
    void on(FormalCheckPassedEvent event) {
        stage = Stage.REFERENCES;
    }

    @EventSourcingHandler
    void on(NominationRejectedEvent event) {
        stage = Stage.DECLINED;
    }

    @EventSourcingHandler
    void on(StatementRequestedEvent event) {
        statementLinks.put(event.referenceIndex(), new Link(event.tokenHash(), event.dueAt()));
    }

    @EventSourcingHandler
    void on(StatementSubmittedEvent event) {
        statements.put(event.referenceIndex(), true);
    }

    @EventSourcingHandler
    void on(StatementMissedEvent event) {
        statements.put(event.referenceIndex(), false);
    }

    @EventSourcingHandler
    void on(ReferencesClosedEvent event) {
        stage = nomination.awardKind().hasJury() ? Stage.JURY : Stage.DECISION;
    }

    @EventSourcingHandler
    void on(NominationScoredEvent event) {
        scores.put(event.juror(), event.score());
    }

    @EventSourcingHandler
    void on(JuryRecommendedEvent event) {
        stage = Stage.DECISION;
    }

    @EventSourcingHandler
    void on(NominationForwardedEvent event) {
        stage = Stage.FORWARDED;
    }

    @EventSourcingHandler
    void on(NominationAwardedEvent event) {
        stage = Stage.AWARDED;
    }

    @EventSourcingHandler
    void on(NominationDeclinedEvent event) {
        stage = Stage.DECLINED;
    }

    @EventSourcingHandler
    void on(CeremonyScheduledEvent event) {
        ceremonyDate = event.date();
    }

    @EventSourcingHandler
    void on(HonourHandedOverEvent event) {
        stage = Stage.CLOSED;
    }

    @EventSourcingHandler
    void on(HonourRevokedEvent event) {
        stage = Stage.REVOKED;
    }

    @EventSourcingHandler
    void on(NominationWithdrawnEvent event) {
        stage = Stage.WITHDRAWN;
    }
}
