package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseClaims;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.Participant;
import de.casebook.domain.mentoring.api.RegisterParticipantCommand;
import de.casebook.domain.mentoring.api.ReserveCoursePlaceCommand;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols a person in a course: reserves a place and opens their qualification case and process. */
@Service
class EnrollingParticipants {

    record EnrolmentRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email,
                            @Size(max = 50) String phone) {
    }

    private final Courses courses;
    private final CaseCommands commands;
    private final CaseNumbers caseNumbers;
    private final CaseClaims claims;
    private final MentoringProperties settings;

    EnrollingParticipants(Courses courses, CaseCommands commands, CaseNumbers caseNumbers, CaseClaims claims,
                          MentoringProperties settings) {
        this.claims = claims;
        this.courses = courses;
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.settings = settings;
    }

    @Transactional
    String enrol(String courseId, EnrolmentRequest request, Actor actor) {
        var course = courses.scheduled(actor, courseId);
        var caseId = UUID.randomUUID().toString();
        commands.sendInTurn(new ReserveCoursePlaceCommand(courseId, caseId), actor);
        var participant = new Participant(request.name().strip(), request.email().strip(),
                request.phone() == null || request.phone().isBlank() ? null : request.phone().strip());
        var caseNumber = caseNumbers.next(CaseTypes.QUALIFICATION, course.municipality());
        claims.claim(CaseTypes.QUALIFICATION, "enrolment.duplicate", caseId, caseNumber, courseId, request.name(),
                request.email());
        commands.send(new RegisterParticipantCommand(caseId, caseNumber, courseId, course.municipality(), participant,
                course.requiredHours(), course.startDate(), course.endDate(), settings.maxExtensionMonths()), actor);
        return caseId;
    }
}
