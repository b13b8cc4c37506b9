package de.casebook.app.mentoring;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
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
    private final Courses courses;
    private final CaseNumbers caseNumbers;
    private final Clock clock;

    IssueCertificateTask(CaseCommands commands, Courses courses, CaseNumbers caseNumbers, Clock clock) {
        super(MentorQualificationProcess.USER_ISSUE_CERTIFICATE, Form.class);
        this.commands = commands;
        this.courses = courses;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, Form form) {
        var registration = courses.registration(task.actor(), task.caseId());
        var number = caseNumbers.existingOrNext(registration.caseNumber(), CaseTypes.QUALIFICATION,
                registration.municipality());
        commands.sendForTask(new IssueCertificateCommand(task.caseId(), number, LocalDate.now(clock)), task.actor(),
                task.taskId());
        return Map.of();
    }
}
