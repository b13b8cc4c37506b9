package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Problems;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.CourseHoursSignOff;
import de.casebook.domain.mentoring.api.RecordCourseSessionCommand;
import de.casebook.domain.mentoring.api.SignOffCourseHoursCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer signs off one session: the course records it, each participant's case counts the hours.
 * Unusual entries (long, late, a module signed off twice on a day) are taken only once the trainer
 * confirms them; more hours on one day than allowed are refused by each case. Each case says whether
 * the module was already signed off that day, so a sign-off does not read the participants' cases again.
 */
@Service
class SigningOffCourseHours {

    /** {@code confirmed}: the trainer has seen the warnings about this session and stands by it. */
    record SessionRequest(@NotNull LocalDate date, @NotNull BigDecimal hours, @NotBlank String module,
                          @NotEmpty List<@NotBlank String> participants, Boolean confirmed) {

        SessionRequest(LocalDate date, BigDecimal hours, String module, List<String> participants) {
            this(date, hours, module, participants, null);
        }
    }

    private final Courses courses;
    private final CaseCommands commands;
    private final MentoringProperties.Plausibility plausibility;
    private final Problems problems;
    private final Clock clock;
    private final TrainerRegister register;

    SigningOffCourseHours(Courses courses, CaseCommands commands, MentoringProperties properties, Problems problems,
                          Clock clock, TrainerRegister register) {
        this.register = register;
        this.courses = courses;
        this.commands = commands;
        this.plausibility = properties.plausibility();
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The commands go first so that a refusal by the course or a case is the answer; the warnings are
     * checked last, and an unconfirmed one rolls the whole session back.
     */
    @Transactional
    String signOff(String courseId, SessionRequest request, Actor trainer) {
        if (register.municipalityOf(trainer.username()).filter(trainer.municipality()::equals).isEmpty()) {
            throw ApiException.forbidden("trainer.not-registered", trainer.username());
        }
        courses.scheduled(trainer, courseId);
        var sessionId = UUID.randomUUID().toString();
        commands.sendInTurn(new RecordCourseSessionCommand(courseId, sessionId, trainer.username(), request.date(),
                request.hours(), request.module(), request.participants()), trainer);
        var moduleRepeatedFor = new ArrayList<String>();
        for (var caseId : request.participants()) {
            CourseHoursSignOff signOff = commands.send(new SignOffCourseHoursCommand(caseId, courseId, sessionId,
                    request.date(), request.hours(), request.module(), plausibility.maxHoursPerDay()), trainer);
            if (signOff.moduleRepeatedOnDay()) {
                moduleRepeatedFor.add(caseId);
            }
        }
        if (!Boolean.TRUE.equals(request.confirmed())) {
            var warnings = warnings(request, moduleRepeatedFor, trainer);
            if (!warnings.isEmpty()) {
                throw ApiException.unprocessable("session.confirmation-required", String.join("; ", warnings));
            }
        }
        return sessionId;
    }

    /** {@code moduleRepeatedFor}: the cases that said the module was already signed off that day. */
    private List<String> warnings(SessionRequest request, List<String> moduleRepeatedFor, Actor trainer) {
        var warnings = new ArrayList<String>();
        if (request.hours().compareTo(plausibility.usualSessionHours()) > 0) {
            warnings.add(problems.text("session.warning.long", request.hours(), plausibility.usualSessionHours()));
        }
        var daysAgo = ChronoUnit.DAYS.between(request.date(), LocalDate.now(clock));
        if (daysAgo > plausibility.lateEntryDays()) {
            warnings.add(problems.text("session.warning.late", daysAgo, plausibility.lateEntryDays()));
        }
        for (var caseId : moduleRepeatedFor) {
            warnings.add(problems.text("session.warning.module-repeated",
                    courses.qualification(trainer, caseId).participant().name(), request.module(), request.date()));
        }
        return warnings;
    }
}
