package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.RecordCourseSessionCommand;
import de.casebook.domain.mentoring.api.SignOffCourseHoursCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A trainer signs off one session: the course records it, each participant's case counts the hours. */
@Service
class SigningOffCourseHours {

    record SessionRequest(@NotNull LocalDate date, @NotNull BigDecimal hours, @NotBlank String module,
                          @NotEmpty List<@NotBlank String> participants) {
    }

    private final Courses courses;
    private final CaseCommands commands;

    SigningOffCourseHours(Courses courses, CaseCommands commands) {
        this.courses = courses;
        this.commands = commands;
    }

    @Transactional
    String signOff(String courseId, SessionRequest request, Actor trainer) {
        courses.scheduled(trainer, courseId);
        var sessionId = UUID.randomUUID().toString();
        commands.sendInTurn(new RecordCourseSessionCommand(courseId, sessionId, trainer.username(), request.date(),
                request.hours(), request.module(), request.participants()), trainer);
        for (var caseId : request.participants()) {
            commands.send(new SignOffCourseHoursCommand(caseId, courseId, sessionId, request.date(), request.hours(),
                    request.module()), trainer);
        }
        return sessionId;
    }
}
