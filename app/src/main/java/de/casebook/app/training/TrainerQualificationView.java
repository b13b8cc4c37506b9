package de.casebook.app.training;

import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.shared.CaseMetaData;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A trainer qualification case as its events tell it: the candidate, why they were proposed, the
 * Landesnetzwerk's decision, each module's hours and who signed them off, and the register entry.
 */
public record TrainerQualificationView(String caseId, String caseNumber, String status, Participant candidate,
                                       String mentorCaseId, String mentorCaseNumber, String proposalReason,
                                       String decisionReason, List<ModuleProgress> modules, BigDecimal requiredHours,
                                       BigDecimal hoursSignedOff, List<SignOff> signOffs, LocalDate qualifiedSince,
                                       String username, boolean listed, String withdrawalReason) {

    public record SignOff(String signOffId, String module, LocalDate date, BigDecimal hours, String educationProvider,
                          String signedOffBy) {
    }

    public record ModuleProgress(String module, BigDecimal hours) {
    }

    public boolean inTraining() {
        return TrainerQualificationStatus.IN_TRAINING.code().equals(status)
                || TrainerQualificationStatus.REQUIREMENTS_MET.code().equals(status);
    }

    public boolean registered() {
        return TrainerQualificationStatus.REGISTERED.code().equals(status);
    }

    public boolean ended() {
        return TrainerQualificationStatus.DECLINED.code().equals(status)
                || TrainerQualificationStatus.WITHDRAWN.code().equals(status);
    }

    public static TrainerQualificationView of(List<DomainEventMessage<?>> events) {
        var fold = new Fold();
        events.forEach(fold::apply);
        return fold.view();
    }

    private static final class Fold {
        private String caseId;
        private String caseNumber;
        private TrainerQualificationStatus status;
        private Participant candidate;
        private String mentorCaseId;
        private String mentorCaseNumber;
        private String proposalReason;
        private String decisionReason;
        private List<String> modules = List.of();
        private BigDecimal requiredHours;
        private BigDecimal hours = BigDecimal.ZERO;
        private final List<SignOff> signOffs = new ArrayList<>();
        private LocalDate qualifiedSince;
        private String username;
        private boolean listed;
        private String withdrawalReason;

        void apply(DomainEventMessage<?> message) {
            var event = message.getPayload();
            if (event instanceof TrainerCandidateProposedEvent proposed) {
                caseId = proposed.caseId();
                caseNumber = proposed.caseNumber();
                candidate = proposed.candidate();
                mentorCaseId = proposed.mentorCaseId();
                mentorCaseNumber = proposed.mentorCaseNumber();
                proposalReason = proposed.reason();
                modules = proposed.modules();
                requiredHours = proposed.requiredHours();
                status = TrainerQualificationStatus.PROPOSED;
            } else if (event instanceof TrainerListedEvent listedEvent) {
                caseId = listedEvent.caseId();
                caseNumber = listedEvent.caseNumber();
                candidate = listedEvent.trainer();
                proposalReason = listedEvent.reason();
                qualifiedSince = listedEvent.qualifiedSince();
                listed = true;
                status = TrainerQualificationStatus.REGISTERED;
            } else if (event instanceof TrainerCandidateAdmittedEvent admitted) {
                decisionReason = admitted.reason();
                status = TrainerQualificationStatus.IN_TRAINING;
            } else if (event instanceof TrainerCandidateDeclinedEvent declined) {
                decisionReason = declined.reason();
                status = TrainerQualificationStatus.DECLINED;
            } else if (event instanceof TrainerModuleSignedOffEvent signedOff) {
                signOffs.add(new SignOff(signedOff.signOffId(), signedOff.module(), signedOff.date(), signedOff.hours(),
                        signedOff.educationProvider(), String.valueOf(message.getMetaData().get(CaseMetaData.USER))));
                hours = signedOff.hoursSignedOff();
            } else if (event instanceof TrainerRequirementsMetEvent) {
                status = TrainerQualificationStatus.REQUIREMENTS_MET;
            } else if (event instanceof TrainerRegisteredEvent registered) {
                qualifiedSince = registered.qualifiedSince();
                status = TrainerQualificationStatus.REGISTERED;
            } else if (event instanceof TrainerAccountLinkedEvent linked) {
                username = linked.username();
            } else if (event instanceof TrainerWithdrawnEvent withdrawn) {
                withdrawalReason = withdrawn.reason();
                username = null;
                status = TrainerQualificationStatus.WITHDRAWN;
            }
        }

        TrainerQualificationView view() {
            var progress = modules.stream().map(module -> new ModuleProgress(module, signOffs.stream()
                    .filter(signOff -> signOff.module().equals(module)).map(SignOff::hours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
            return new TrainerQualificationView(caseId, caseNumber, status.code(), candidate, mentorCaseId,
                    mentorCaseNumber, proposalReason, decisionReason, progress, requiredHours, hours,
                    List.copyOf(signOffs), qualifiedSince, username, listed, withdrawalReason);
        }
    }
}
