package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Problems;
import de.casebook.app.security.Actor;
import de.casebook.domain.mentoring.api.ScheduleCourseCommand;
import de.casebook.domain.mentoring.api.SessionRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SchedulingCourses {

    record CourseRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String educationProvider,
                         @NotEmpty List<@NotBlank String> trainers, @NotNull LocalDate startDate, LocalDate endDate,
                         @Positive BigDecimal requiredHours, @Positive @Max(500) Integer maxParticipants,
                         List<@NotBlank @Size(max = 200) String> modules) {
    }

    /** The new course, and what it should still have (a second trainer for a tandem). */
    record Scheduled(String courseId, List<String> warnings) {
    }

    private final CaseCommands commands;
    private final TrainerRegister register;
    private final MentoringProperties defaults;
    private final Problems problems;

    SchedulingCourses(CaseCommands commands, TrainerRegister register, MentoringProperties defaults,
                      Problems problems) {
        this.commands = commands;
        this.register = register;
        this.defaults = defaults;
        this.problems = problems;
    }

    /** Every trainer must be in the municipality's trainer register; one alone is allowed, a tandem recommended. */
    @Transactional
    Scheduled schedule(CourseRequest request, Actor actor) {
        request.trainers().stream()
                .filter(trainer -> !register.municipalityOf(trainer).map(actor.municipality()::equals).orElse(false))
                .findFirst()
                .ifPresent(trainer -> {
                    throw ApiException.unprocessable("course.trainer-not-registered", trainer);
                });
        if (new HashSet<>(request.trainers()).size() != request.trainers().size()) {
            throw ApiException.unprocessable("course.trainer-twice");
        }
        var courseId = UUID.randomUUID().toString();
        commands.send(new ScheduleCourseCommand(courseId, actor.municipality(), request.title().strip(),
                request.educationProvider().strip(), List.copyOf(request.trainers()), request.startDate(),
                request.endDate() != null ? request.endDate() : request.startDate().plusMonths(defaults.windowMonths()),
                request.requiredHours() != null ? request.requiredHours() : defaults.requiredHours(),
                request.maxParticipants() != null ? request.maxParticipants() : defaults.maxParticipants(),
                request.modules() != null && !request.modules().isEmpty() ? request.modules() : defaults.modules(),
                new SessionRules(defaults.maxSessionHours(), defaults.hoursStep())), actor);
        return new Scheduled(courseId, request.trainers().size() < 2
                ? List.of(problems.text("course.warning.no-tandem")) : List.of());
    }
}
