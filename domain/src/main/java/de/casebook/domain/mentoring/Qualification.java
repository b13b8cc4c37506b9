package de.casebook.domain.mentoring;

import static de.casebook.domain.mentoring.api.QualificationStatus.ATTENDING;
import static de.casebook.domain.mentoring.api.QualificationStatus.CERTIFIED;
import static de.casebook.domain.mentoring.api.QualificationStatus.INCOMPLETE;
import static de.casebook.domain.mentoring.api.QualificationStatus.REGISTERED;
import static de.casebook.domain.mentoring.api.QualificationStatus.REQUIREMENTS_MET;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import de.casebook.domain.mentoring.api.ActivityProfileAgreedEvent;
import de.casebook.domain.mentoring.api.AdmitParticipantCommand;
import de.casebook.domain.mentoring.api.AgreeActivityProfileCommand;
import de.casebook.domain.mentoring.api.CertificateIssuedEvent;
import de.casebook.domain.mentoring.api.CertifiedMentorTakenOverEvent;
import de.casebook.domain.mentoring.api.CloseQualificationCommand;
import de.casebook.domain.mentoring.api.CourseHoursSignOffRevokedEvent;
import de.casebook.domain.mentoring.api.CourseHoursSignOff;
import de.casebook.domain.mentoring.api.CourseHoursSignedOffEvent;
import de.casebook.domain.mentoring.api.DeclineParticipantCommand;
import de.casebook.domain.mentoring.api.ExtendQualificationWindowCommand;
import de.casebook.domain.mentoring.api.FieldOfEngagement;
import de.casebook.domain.mentoring.api.IssueCertificateCommand;
import de.casebook.domain.mentoring.api.ParticipantAdmittedEvent;
import de.casebook.domain.mentoring.api.ParticipantDeclinedEvent;
import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.mentoring.api.ParticipantWithdrawnEvent;
import de.casebook.domain.mentoring.api.QualificationClosedEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsMetEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsNoLongerMetEvent;
import de.casebook.domain.mentoring.api.QualificationStatus;
import de.casebook.domain.mentoring.api.QualificationWindowEndedEvent;
import de.casebook.domain.mentoring.api.QualificationWindowExtendedEvent;
import de.casebook.domain.mentoring.api.RecordQualificationWindowEndedCommand;
import de.casebook.domain.mentoring.api.RegisterParticipantCommand;
import de.casebook.domain.mentoring.api.RevokeSignOffCommand;
import de.casebook.domain.mentoring.api.SignOffCourseHoursCommand;
import de.casebook.domain.mentoring.api.TakeOverCertifiedMentorCommand;
import de.casebook.domain.mentoring.api.WithdrawParticipantCommand;
import de.casebook.domain.shared.CaseStateConflictException;
import de.casebook.domain.shared.ProcessMigratedEvent;
import de.casebook.domain.shared.RecordProcessMigrationCommand;
import de.casebook.domain.shared.Required;
import de.casebook.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** One participant's way through a mentor course: admission, hours, certificate, profile. */
public class Qualification {

    @AggregateIdentifier
    private String caseId;
    private String courseId;
    private QualificationStatus status;
    private QualificationWindow window;
    private final SignedOffHours hours = new SignedOffHours();

    protected Qualification() {
        // for Axon
    }

    @CommandHandler
    public Qualification(RegisterParticipantCommand command) {
        apply(new ParticipantRegisteredEvent(command.caseId(), command.caseNumber(), command.courseId(), command.municipality(),
                command.participant(), command.requiredHours(), command.windowStart(), command.windowEnd(),
                command.maxExtensionMonths()));
    }

    @CommandHandler
    public Qualification(TakeOverCertifiedMentorCommand command, Clock clock) {
        var today = LocalDate.now(clock);
        checkTakeOver(command.certifiedOn(), today);
        apply(new CertifiedMentorTakenOverEvent(command.caseId(), command.caseNumber(), command.municipality(),
                command.mentor(), command.certifiedOn(), command.previousCertificateNumber(), today, command.source()));
    }

    /** A mentor from the previous register was certified on a day that has passed. */
    public static void checkTakeOver(LocalDate certifiedOn, LocalDate today) {
        if (certifiedOn.isAfter(today)) {
            throw new RuleViolationException("qualification.takeover-certified-in-future");
        }
    }

    @CommandHandler
    public void handle(AdmitParticipantCommand command) {
        requireStatus(REGISTERED);
        apply(new ParticipantAdmittedEvent(caseId));
    }

    @CommandHandler
    public void handle(DeclineParticipantCommand command) {
        requireStatus(REGISTERED);
        Required.reason(command.reason());
        apply(new ParticipantDeclinedEvent(caseId, courseId, command.reason()));
    }

    @CommandHandler
    public CourseHoursSignOff handle(SignOffCourseHoursCommand command) {
        if (!courseId.equals(command.courseId())) {
            throw new RuleViolationException("session.participant-not-enrolled", caseId);
        }
        if (status != ATTENDING && status != REQUIREMENTS_MET && status != INCOMPLETE) {
            throw new RuleViolationException("session.participant-not-attending", caseId, status.code());
        }
        if (!window.contains(command.date())) {
            throw new RuleViolationException("session.outside-window", command.date(), window.start(), window.end());
        }
        if (hours.contains(command.sessionId())) {
            throw new CaseStateConflictException("session.already-signed-off", caseId);
        }
        var onDay = hours.onDay(command.date()).add(command.hours());
        if (command.maxHoursPerDay() != null && onDay.compareTo(command.maxHoursPerDay()) > 0) {
            throw new RuleViolationException("session.day-limit", caseId, command.date(), onDay,
                    command.maxHoursPerDay());
        }
        var moduleRepeated = hours.coversModuleOnDay(command.module(), command.date());
        var total = hours.total().add(command.hours());
        apply(new CourseHoursSignedOffEvent(caseId, command.sessionId(), command.date(), command.hours(),
                command.module(), total));
        if (status != REQUIREMENTS_MET && hours.meetsRequirement()) {
            apply(new QualificationRequirementsMetEvent(caseId, total, hours.required()));
        }
        return new CourseHoursSignOff(moduleRepeated);
    }

    @CommandHandler
    public void handle(RevokeSignOffCommand command) {
        Required.reason(command.reason());
        if (!hours.contains(command.sessionId())) {
            throw new RuleViolationException("signoff.unknown", command.sessionId());
        }
        if (status != ATTENDING && status != REQUIREMENTS_MET && status != INCOMPLETE) {
            throw new CaseStateConflictException("signoff.revocation-too-late", status.code());
        }
        var revoked = hours.of(command.sessionId());
        apply(new CourseHoursSignOffRevokedEvent(caseId, command.sessionId(), revoked, command.reason(),
                hours.total().subtract(revoked)));
        if (status == REQUIREMENTS_MET && !hours.meetsRequirement()) {
            apply(new QualificationRequirementsNoLongerMetEvent(caseId, hours.total(), hours.required()));
        }
    }

    @CommandHandler
    public void handle(RecordQualificationWindowEndedCommand command) {
        requireStatus(ATTENDING);
        apply(new QualificationWindowEndedEvent(caseId, window.end(), hours.total(), hours.required()));
    }

    @CommandHandler
    public void handle(ExtendQualificationWindowCommand command, Clock clock) {
        requireStatus(INCOMPLETE);
        window.checkExtension(command.newWindowEnd(), clock);
        apply(new QualificationWindowExtendedEvent(caseId, window.end(), command.newWindowEnd()));
    }

    @CommandHandler
    public void handle(CloseQualificationCommand command) {
        requireStatus(INCOMPLETE);
        Required.reason(command.reason());
        apply(new QualificationClosedEvent(caseId, courseId, command.reason()));
    }

    @CommandHandler
    public void handle(WithdrawParticipantCommand command) {
        if (!status.isBeforeCertificate()) {
            throw new CaseStateConflictException("qualification.withdrawal-too-late", status.code());
        }
        Required.reason(command.reason());
        apply(new ParticipantWithdrawnEvent(caseId, courseId, command.reason()));
    }

    @CommandHandler
    public void handle(IssueCertificateCommand command) {
        requireStatus(REQUIREMENTS_MET);
        apply(new CertificateIssuedEvent(caseId, command.certificateNumber(), command.issuedOn(), hours.total()));
    }

    @CommandHandler
    public void handle(AgreeActivityProfileCommand command) {
        requireStatus(CERTIFIED);
        if (command.fields() == null || command.fields().isEmpty()) {
            throw new RuleViolationException("profile.fields-required");
        }
        command.fields().stream().filter(field -> !FieldOfEngagement.isKnown(field)).findFirst()
                .ifPresent(field -> {
                    throw new RuleViolationException("profile.unknown-field", field);
                });
        apply(new ActivityProfileAgreedEvent(caseId, List.copyOf(command.fields())));
    }

    private void requireStatus(QualificationStatus expected) {
        if (status != expected) {
            throw new CaseStateConflictException("qualification.wrong-status", status.code(), expected.code());
        }
    }

    /** The case's process moved to another version of its model (an administrator's migration). */
    @CommandHandler(commandName = "Qualification.RecordProcessMigration")
    public void handle(RecordProcessMigrationCommand command) {
        apply(new ProcessMigratedEvent(caseId, command.processKey(), command.fromVersion(), command.toVersion()));
    }

    @EventSourcingHandler
    void on(ParticipantRegisteredEvent event) {
        caseId = event.caseId();
        courseId = event.courseId();
        status = REGISTERED;
        window = new QualificationWindow(event.windowStart(), event.windowEnd(), event.maxExtensionMonths());
        hours.require(event.requiredHours());
    }

    @EventSourcingHandler
    void on(CertifiedMentorTakenOverEvent event) {
        caseId = event.caseId();
        status = CERTIFIED;
    }

    @EventSourcingHandler
    void on(ParticipantAdmittedEvent event) {
        status = ATTENDING;
    }

    @EventSourcingHandler
    void on(ParticipantDeclinedEvent event) {
        status = QualificationStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(CourseHoursSignedOffEvent event) {
        hours.add(event.sessionId(), event.date(), event.hours(), event.module());
    }

    @EventSourcingHandler
    void on(QualificationRequirementsMetEvent event) {
        status = REQUIREMENTS_MET;
    }

    @EventSourcingHandler
    void on(CourseHoursSignOffRevokedEvent event) {
        hours.remove(event.sessionId());
    }

    @EventSourcingHandler
    void on(QualificationRequirementsNoLongerMetEvent event) {
        status = ATTENDING;
    }

    @EventSourcingHandler
    void on(QualificationWindowEndedEvent event) {
        status = INCOMPLETE;
    }

    @EventSourcingHandler
    void on(QualificationWindowExtendedEvent event) {
        window = window.extendedTo(event.newWindowEnd());
        status = ATTENDING;
    }

    @EventSourcingHandler
    void on(QualificationClosedEvent event) {
        status = QualificationStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ParticipantWithdrawnEvent event) {
        status = QualificationStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(CertificateIssuedEvent event) {
        status = CERTIFIED;
    }

    @EventSourcingHandler
    void on(ActivityProfileAgreedEvent event) {
        status = QualificationStatus.COMPLETED;
    }
}
