package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.tasklist.FormTask;
import de.casebook.app.tasklist.TaskContext;
import de.casebook.domain.mentoring.api.IssueCertificateCommand;
import de.casebook.processes.mentoring.MentorQualificationProcess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class IssueCertificateTask extends FormTask<IssueCertificateTask.Form> {

    record Form() {
    }

    private final CaseCommands commands;
    private final CertificateNumbers numbers;
    private final Clock clock;

    IssueCertificateTask(CaseCommands commands, CertificateNumbers numbers, Clock clock) {
        super(MentorQualificationProcess.USER_ISSUE_CERTIFICATE, Form.class);
        this.commands = commands;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var today = LocalDate.now(clock);
        var number = numbers.next(task.actor().municipality(), today.getYear());
        commands.sendForTask(new IssueCertificateCommand(task.caseId(), number, today), task.actor(), task.taskId());
        return Map.of();
    }
}
