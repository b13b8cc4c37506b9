package de.casebook.domain.training;

import static de.casebook.domain.training.api.TrainerQualificationStatus.IN_TRAINING;
import static de.casebook.domain.training.api.TrainerQualificationStatus.PROPOSED;
import static de.casebook.domain.training.api.TrainerQualificationStatus.REGISTERED;
import static de.casebook.domain.training.api.TrainerQualificationStatus.REQUIREMENTS_MET;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.ProcessMigratedEvent;
import de.casebook.domain.shared.RecordProcessMigrationCommand;
import de.casebook.domain.shared.Required;
import de.casebook.domain.shared.RuleViolationException;
import de.casebook.domain.training.api.AdmitTrainerCandidateCommand;
import de.casebook.domain.training.api.DeclineTrainerCandidateCommand;
import de.casebook.domain.training.api.LinkTrainerAccountCommand;
import de.casebook.domain.training.api.ListTrainerCommand;
import de.casebook.domain.training.api.ProposeTrainerCandidateCommand;
import de.casebook.domain.training.api.RegisterTrainerCommand;
import de.casebook.domain.training.api.SignOffTrainerModuleCommand;
import de.casebook.domain.training.api.TrainerAccountLinkedEvent;
import de.casebook.domain.training.api.TrainerCandidateAdmittedEvent;
import de.casebook.domain.training.api.TrainerCandidateDeclinedEvent;
import de.casebook.domain.training.api.TrainerCandidateProposedEvent;
import de.casebook.domain.training.api.TrainerListedEvent;
import de.casebook.domain.training.api.TrainerModuleSignedOffEvent;
import de.casebook.domain.training.api.TrainerQualificationStatus;
import de.casebook.domain.training.api.TrainerRegisteredEvent;
import de.casebook.domain.training.api.TrainerRequirementsMetEvent;
import de.casebook.domain.training.api.TrainerWithdrawnEvent;
import de.casebook.domain.training.api.WithdrawTrainerCommand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A certified mentor's way to the trainer register: proposal, the Landesnetzwerk's admission, the
 * trainer course's modules signed off, registration; then the register entry a user account is linked to.
 */
public class TrainerQualification {

    @AggregateIdentifier
    private String caseId;
    private String municipality;
    private TrainerQualificationStatus status;
    private List<String> modules = List.of();
    private BigDecimal requiredHours = BigDecimal.ZERO;
    private BigDecimal hoursSignedOff = BigDecimal.ZERO;
    private final Set<String> modulesSignedOff = new HashSet<>();
    private final Map<String, BigDecimal> signOffs = new HashMap<>();
    private String username;

    protected TrainerQualification() {
        // for Axon
    }

    @CommandHandler
    public TrainerQualification(ProposeTrainerCandidateCommand command) {
        Required.reason(command.reason());
        if (command.modules().isEmpty() || new HashSet<>(command.modules()).size() != command.modules().size()) {
            throw new RuleViolationException("trainer-course.modules-invalid");
        }
        if (command.requiredHours().signum() <= 0) {
            throw new RuleViolationException("trainer-course.required-hours-positive");
        }
        apply(new TrainerCandidateProposedEvent(command.caseId(), command.caseNumber(), command.municipality(),
                command.mentorCaseId(), command.mentorCaseNumber(), command.candidate(), command.reason().strip(),
                List.copyOf(command.modules()), command.requiredHours()));
    }

    @CommandHandler
    public TrainerQualification(ListTrainerCommand command, Clock clock) {
        Required.reason(command.reason());
        if (command.qualifiedSince().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("trainer.qualified-in-future");
        }
        apply(new TrainerListedEvent(command.caseId(), command.caseNumber(), command.municipality(), command.trainer(),
                command.qualifiedSince(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(AdmitTrainerCandidateCommand command) {
        requireStatus(PROPOSED);
        apply(new TrainerCandidateAdmittedEvent(caseId, Required.isBlank(command.reason()) ? null : command.reason().strip()));
    }

    @CommandHandler
    public void handle(DeclineTrainerCandidateCommand command) {
        requireStatus(PROPOSED);
        Required.reason(command.reason());
        apply(new TrainerCandidateDeclinedEvent(caseId, command.reason().strip()));
    }

    @CommandHandler
    public void handle(SignOffTrainerModuleCommand command, Clock clock) {
        if (status != IN_TRAINING && status != REQUIREMENTS_MET) {
            throw new CaseStateConflictException("trainer-course.not-in-training", status.code());
        }
        if (signOffs.containsKey(command.signOffId())) {
            throw new CaseStateConflictException("trainer-course.already-signed-off", command.signOffId());
        }
        if (!modules.contains(command.module())) {
            throw new RuleViolationException("session.unknown-module", command.module());
        }
        if (command.hours().signum() <= 0 || command.hours().compareTo(command.maxSessionHours()) > 0) {
            throw new RuleViolationException("trainer-course.hours-invalid", command.maxSessionHours());
        }
        if (command.date().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("session.in-future");
        }
        var total = hoursSignedOff.add(command.hours());
        apply(new TrainerModuleSignedOffEvent(caseId, command.signOffId(), command.module(), command.date(),
                command.hours(), command.educationProvider(), total));
        if (status == IN_TRAINING && modulesSignedOff.containsAll(modules)
                && hoursSignedOff.compareTo(requiredHours) >= 0) {
            apply(new TrainerRequirementsMetEvent(caseId, hoursSignedOff, requiredHours));
        }
    }

    @CommandHandler
    public void handle(RegisterTrainerCommand command, Clock clock) {
        requireStatus(REQUIREMENTS_MET);
        apply(new TrainerRegisteredEvent(caseId, municipality, LocalDate.now(clock)));
    }

    @CommandHandler
    public void handle(LinkTrainerAccountCommand command) {
        requireStatus(REGISTERED);
        Required.text(command.username(), "trainer.username-required");
        if (command.username().equals(username)) {
            return;
        }
        if (username != null) {
            throw new CaseStateConflictException("trainer.account-already-linked", username);
        }
        apply(new TrainerAccountLinkedEvent(caseId, command.username()));
    }

    @CommandHandler
    public void handle(WithdrawTrainerCommand command) {
        if (status == TrainerQualificationStatus.DECLINED || status == TrainerQualificationStatus.WITHDRAWN) {
            throw new CaseStateConflictException("trainer-qualification.already-ended", status.code());
        }
        Required.reason(command.reason());
        apply(new TrainerWithdrawnEvent(caseId, status.code(), username, command.reason().strip()));
    }

    /** The case's process moved to another version of its model (an administrator's migration). */
    @CommandHandler(commandName = "TrainerQualification.RecordProcessMigration")
    public void handle(RecordProcessMigrationCommand command) {
        apply(new ProcessMigratedEvent(caseId, command.processKey(), command.fromVersion(), command.toVersion()));
    }

    private void requireStatus(TrainerQualificationStatus expected) {
        if (status != expected) {
            throw new CaseStateConflictException("trainer-qualification.wrong-status", status.code(), expected.code());
        }
    }

    @EventSourcingHandler
    void on(TrainerCandidateProposedEvent event) {
        caseId = event.caseId();
        municipality = event.municipality();
        modules = event.modules();
        requiredHours = event.requiredHours();
        status = PROPOSED;
    }

    @EventSourcingHandler
    void on(TrainerListedEvent event) {
        caseId = event.caseId();
        municipality = event.municipality();
        status = REGISTERED;
    }

    @EventSourcingHandler
    void on(TrainerCandidateAdmittedEvent event) {
        status = IN_TRAINING;
    }

    @EventSourcingHandler
    void on(TrainerCandidateDeclinedEvent event) {
        status = TrainerQualificationStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(TrainerModuleSignedOffEvent event) {
        signOffs.put(event.signOffId(), event.hours());
        modulesSignedOff.add(event.module());
        hoursSignedOff = event.hoursSignedOff();
    }

    @EventSourcingHandler
    void on(TrainerRequirementsMetEvent event) {
        status = REQUIREMENTS_MET;
    }

    @EventSourcingHandler
    void on(TrainerRegisteredEvent event) {
        status = REGISTERED;
    }

    @EventSourcingHandler
    void on(TrainerAccountLinkedEvent event) {
        username = event.username();
    }

    @EventSourcingHandler
    void on(TrainerWithdrawnEvent event) {
        status = TrainerQualificationStatus.WITHDRAWN;
        username = null;
    }
}
