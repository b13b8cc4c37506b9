package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.mentoring.api.RevokeSignOffCommand;
import de.casebook.domain.mentoring.api.WithdrawParticipantCommand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Steps outside the task list: a sign-off revoked by mistake, a participant who withdraws. */
@Service
class CorrectingQualifications {

    private final Courses courses;
    private final CaseCommands commands;

    CorrectingQualifications(Courses courses, CaseCommands commands) {
        this.courses = courses;
        this.commands = commands;
    }

    @Transactional
    QualificationView revokeSignOff(String caseId, String sessionId, String reason, Actor actor) {
        var registration = courses.registration(actor, caseId);
        if (actor.role() == Role.TRAINER
                && !courses.scheduled(actor, registration.courseId()).trainers().contains(actor.username())) {
            throw ApiException.forbidden("course.not-a-trainer", actor.username());
        }
        commands.send(new RevokeSignOffCommand(caseId, sessionId, reason), actor);
        return courses.qualification(actor, caseId);
    }

    @Transactional
    QualificationView withdraw(String caseId, String reason, Actor actor) {
        courses.registration(actor, caseId);
        commands.send(new WithdrawParticipantCommand(caseId, reason), actor);
        return courses.qualification(actor, caseId);
    }
}
