package de.casebook.app.training;

import de.casebook.app.cases.CaseClaims;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.QualificationStatus;
import de.casebook.domain.training.api.ProposeTrainerCandidateCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff propose a certified mentor of their municipality for the trainer qualification: a new case
 * whose process asks the Landesnetzwerk to decide. One candidacy per mentor at a time.
 */
@Service
class ProposingTrainers {

    record ProposalRequest(@NotBlank @Size(max = 100) String qualificationCaseId,
                           @NotBlank @Size(max = 2000) String reason) {
    }

    private static final Set<String> CERTIFIED = Set.of(QualificationStatus.CERTIFIED.code(),
            QualificationStatus.COMPLETED.code());

    private final TrainerQualifications qualifications;
    private final CaseCommands commands;
    private final CaseNumbers caseNumbers;
    private final CaseClaims claims;
    private final TrainingProperties settings;

    ProposingTrainers(TrainerQualifications qualifications, CaseCommands commands, CaseNumbers caseNumbers, CaseClaims claims,
                      TrainingProperties settings) {
        this.qualifications = qualifications;
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.claims = claims;
        this.settings = settings;
    }

    @Transactional
    String propose(ProposalRequest request, Actor actor) {
        var mentor = qualifications.mentorCase(actor, request.qualificationCaseId());
        if (!CERTIFIED.contains(mentor.status())) {
            throw ApiException.unprocessable("trainer.mentor-not-certified", mentor.caseNumber());
        }
        var caseId = UUID.randomUUID().toString();
        var caseNumber = caseNumbers.next(CaseTypes.TRAINER_QUALIFICATION, actor.municipality());
        claims.claim(CaseTypes.TRAINER_QUALIFICATION, "trainer.already-proposed", caseId, caseNumber,
                mentor.caseId());
        commands.send(new ProposeTrainerCandidateCommand(caseId, caseNumber, actor.municipality(), mentor.caseId(),
                mentor.caseNumber(), mentor.participant(), request.reason(), settings.modules(),
                settings.requiredHours()), actor);
        return caseId;
    }
}
