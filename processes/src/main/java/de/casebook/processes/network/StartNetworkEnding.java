package de.casebook.processes.network;

import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.processes.shared.ProcessCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The end date arrived or every goal is achieved: the network starts ending, as an event of its case. */
@Component("startNetworkEnding")
public class StartNetworkEnding implements JavaDelegate {

    private final ProcessCommands commands;

    public StartNetworkEnding(ProcessCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var reason = String.valueOf(execution.getVariable(NetworkProcesses.VAR_ENDING_REASON));
        commands.sendAsSystem(new StartEndingCommand(execution.getBusinessKey(), reason), execution,
                NetworkProcesses.VAR_MUNICIPALITY);
    }
}
