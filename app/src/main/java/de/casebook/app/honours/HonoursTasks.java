package de.casebook.app.honours;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.platform.ApiException;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskCompletion;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.honours.api.ConfirmHandoverCommand;
import de.casebook.domain.honours.api.DecideNominationCommand;
import de.casebook.domain.honours.api.FollowUpExternalDecisionCommand;
import de.casebook.domain.honours.api.ForwardNominationCommand;
import de.casebook.domain.honours.api.PassFormalCheckCommand;
import de.casebook.domain.honours.api.RejectNominationCommand;
import de.casebook.domain.honours.api.ScheduleCeremonyCommand;
import de.casebook.domain.honours.api.ScoreNominationCommand;
import de.casebook.processes.honours.HonoursProcess;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The honours tasks: what each form sends to the nomination and tells the process. */
@Configuration
class HonoursTasks {

    record FormalCheck(@NotNull @Pattern(regexp = "pass|request-information|reject") String decision,
                       @Size(max = 4000) String reason) {
    }

    record ScoreForm(@NotNull @Min(1) @Max(10) Integer score, @Size(max = 2000) String comment) {
    }

    record Decision(@NotNull @Pattern(regexp = "award|decline") String decision,
                    @Pattern(regexp = "mayor|council") String decidedBy, @Size(max = 2000) String reason) {
    }

    record Forwarding(@NotBlank @Size(max = 200) String authority, @Size(max = 2000) String note) {
    }

    record FollowUp(@NotBlank @Size(max = 2000) String note) {
    }

    record Ceremony(@NotNull LocalDate date, @NotBlank @Size(max = 200) String place) {
    }

    record Handover(@Size(max = 2000) String note) {
    }

    @Bean
    TaskCompletion<FormalCheck> formalCheckTask(CaseCommands commands, NominationLinks links) {
        return task(HonoursProcess.USER_FORMAL_CHECK, FormalCheck.class, (task, form) -> {
            switch (form.decision()) {
                case "pass" -> commands.sendForTask(new PassFormalCheckCommand(task.caseId(), form.reason()),
                        task.actor(), task.taskId());
                case "reject" -> commands.sendForTask(new RejectNominationCommand(task.caseId(), form.reason()),
                        task.actor(), task.taskId());
                default -> {
                    if (form.reason() == null || form.reason().isBlank()) {
                        throw ApiException.unprocessable("nomination.question-required");
                    }
                    links.requestInformation(task.caseId(), form.reason().strip(), task.actor(), task.taskId());
                }
            }
            return Map.of(HonoursProcess.VAR_FORMAL_DECISION, form.decision());
        });
    }

    @Bean
    TaskCompletion<ScoreForm> scoreTask(CaseCommands commands) {
        return task(HonoursProcess.USER_SCORE, ScoreForm.class, (task, form) -> {
            commands.sendForTask(new ScoreNominationCommand(task.caseId(), task.actor().username(), form.score(),
                    form.comment()), task.actor(), task.taskId());
            return Map.of();
        });
    }

    @Bean
    TaskCompletion<Decision> decideTask(CaseCommands commands) {
        return task(HonoursProcess.USER_DECIDE, Decision.class, (task, form) -> {
            var award = "award".equals(form.decision());
            commands.sendForTask(new DecideNominationCommand(task.caseId(), award,
                    form.decidedBy() == null ? "mayor" : form.decidedBy(), form.reason()), task.actor(), task.taskId());
            return Map.of(HonoursProcess.VAR_AWARDED, award);
        });
    }

    @Bean
    TaskCompletion<Forwarding> forwardTask(CaseCommands commands) {
        return task(HonoursProcess.USER_FORWARD, Forwarding.class, (task, form) -> {
            commands.sendForTask(new ForwardNominationCommand(task.caseId(), form.authority(), form.note()),
                    task.actor(), task.taskId());
            return Map.of();
        });
    }

    @Bean
    TaskCompletion<FollowUp> followUpTask(CaseCommands commands) {
        return task(HonoursProcess.USER_FOLLOW_UP_EXTERNAL, FollowUp.class, (task, form) -> {
            commands.sendForTask(new FollowUpExternalDecisionCommand(task.caseId(), form.note()), task.actor(),
                    task.taskId());
            return Map.of();
        });
    }

    @Bean
    TaskCompletion<Ceremony> scheduleCeremonyTask(CaseCommands commands) {
        return task(HonoursProcess.USER_SCHEDULE_CEREMONY, Ceremony.class, (task, form) -> {
            commands.sendForTask(new ScheduleCeremonyCommand(task.caseId(), form.date(), form.place()), task.actor(),
                    task.taskId());
            return Map.of(HonoursProcess.VAR_CEREMONY_AT, HonoursProcess.ceremonyAt(form.date()));
        });
    }

    @Bean
    TaskCompletion<Handover> confirmHandoverTask(CaseCommands commands) {
        return task(HonoursProcess.USER_CONFIRM_HANDOVER, Handover.class, (task, form) -> {
            commands.sendForTask(new ConfirmHandoverCommand(task.caseId(), form.note()), task.actor(), task.taskId());
            return Map.of();
        });
    }

    private static <B> TaskCompletion<B> task(String key, Class<B> form,
                                              java.util.function.BiFunction<TaskContext, B, Map<String, Object>> complete) {
        return new FormTask<>(key, form) {
            @Override
            public Map<String, Object> complete(TaskContext task, B body) {
                return complete.apply(task, body);
            }
        };
    }
}
