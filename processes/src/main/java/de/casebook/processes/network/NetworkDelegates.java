package de.casebook.processes.network;

import de.casebook.domain.network.api.EndMembershipTermCommand;
import de.casebook.domain.network.api.StartEndingCommand;
import de.casebook.processes.shared.ProcessCommands;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps the network processes record themselves, as events of the network. */
@Configuration
public class NetworkDelegates {

    /** The end date arrived or every goal is achieved: the network starts ending. */
    @Bean("startNetworkEnding")
    JavaDelegate startNetworkEnding(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new StartEndingCommand(execution.getBusinessKey(),
                String.valueOf(execution.getVariable(NetworkProcesses.VAR_ENDING_REASON))), execution,
                NetworkProcesses.VAR_MUNICIPALITY);
    }

    /** A membership's term is over and was not renewed: it ends. */
    @Bean("endMembershipTerm")
    JavaDelegate endMembershipTerm(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new EndMembershipTermCommand(execution.getBusinessKey(),
                String.valueOf(execution.getVariable(NetworkProcesses.VAR_MEMBER))), execution,
                NetworkProcesses.VAR_MUNICIPALITY);
    }
}
