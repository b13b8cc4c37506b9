package de.casebook.app.mentoring;

import de.casebook.app.platform.CaseCommands;
import de.casebook.app.tasklist.TaskCompletion;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.mentoring.api.IssueCertificateCommand;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class IssueCertificateTask implements TaskCompletion<IssueCertificateTask.Form> {

    record Form() {
    }

    private final CaseCommands commands;
    private final CertificateNumbers numbers;
    private final Clock clock;

    IssueCertificateTask(CaseCommands commands, CertificateNumbers numbers, Clock clock) {
        this.commands = commands;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return MentorQualificationProcess.USER_ISSUE_CERTIFICATE;
    }

    @Override
    public Class<Form> formType() {
        return Form.class;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var today = LocalDate.now(clock);
        var number = numbers.next(task.actor().municipality(), today.getYear());
        commands.sendForTask(new IssueCertificateCommand(task.caseId(), number, today), task.actor(), task.taskId());
        return Map.of();
    }
}
