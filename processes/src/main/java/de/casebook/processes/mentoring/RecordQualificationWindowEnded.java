package de.casebook.processes.mentoring;

import de.casebook.domain.mentoring.api.RecordQualificationWindowEndedCommand;
import de.casebook.processes.shared.ProcessCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The window-end timer fired before the hours were met: record that as an event of the case. */
@Component("recordQualificationWindowEnded")
public class RecordQualificationWindowEnded implements JavaDelegate {

    private final ProcessCommands commands;

    public RecordQualificationWindowEnded(ProcessCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAsSystem(new RecordQualificationWindowEndedCommand(execution.getBusinessKey()), execution,
                MentorQualificationProcess.VAR_MUNICIPALITY);
    }
}
