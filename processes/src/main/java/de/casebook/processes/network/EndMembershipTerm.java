package de.casebook.processes.network;

import de.casebook.domain.network.api.EndMembershipTermCommand;
import de.casebook.processes.shared.ProcessCommands;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A membership's term is over and was not renewed: it ends, as an event of the network. */
@Component("endMembershipTerm")
public class EndMembershipTerm implements JavaDelegate {

    private final ProcessCommands commands;

    public EndMembershipTerm(ProcessCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var member = String.valueOf(execution.getVariable(NetworkProcesses.VAR_MEMBER));
        commands.sendAsSystem(new EndMembershipTermCommand(execution.getBusinessKey(), member), execution,
                NetworkProcesses.VAR_MUNICIPALITY);
    }
}
