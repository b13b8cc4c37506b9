package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.app.security.Users;
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

    private final CaseCommands commands;
    private final Users users;
    private final MentoringProperties defaults;

    SchedulingCourses(CaseCommands commands, Users users, MentoringProperties defaults) {
        this.commands = commands;
        this.users = users;
        this.defaults = defaults;
    }

    @Transactional
    String schedule(CourseRequest request, Actor actor) {
        request.trainers().stream()
                .filter(trainer -> users.find(trainer)
                        .filter(user -> user.has(Role.TRAINER) && user.municipality().equals(actor.municipality()))
                        .isEmpty())
                .findFirst()
                .ifPresent(trainer -> {
                    throw ApiException.unprocessable("course.unknown-trainer", trainer);
                });
        var courseId = UUID.randomUUID().toString();
        commands.send(new ScheduleCourseCommand(courseId, actor.municipality(), request.title().strip(),
                request.educationProvider().strip(), List.copyOf(request.trainers()), request.startDate(),
                request.endDate() != null ? request.endDate() : request.startDate().plusMonths(defaults.windowMonths()),
                request.requiredHours() != null ? request.requiredHours() : defaults.requiredHours(),
                request.maxParticipants() != null ? request.maxParticipants() : defaults.maxParticipants(),
                request.modules() != null && !request.modules().isEmpty() ? request.modules() : defaults.modules(),
                new SessionRules(defaults.maxSessionHours(), defaults.hoursStep())), actor);
        return courseId;
    }
}
