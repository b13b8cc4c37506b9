package de.casebook.processes.shared;

import de.casebook.domain.shared.CaseMetaData;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of the process engine itself, e.g. when a timer fires. */
@Component
public class ProcessCommands {

    private final CommandGateway commandGateway;

    public ProcessCommands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public void sendAsSystem(Object command, DelegateExecution execution, String municipalityVariable) {
        var metaData = CaseMetaData.of(CaseMetaData.SYSTEM_USER, CaseMetaData.SYSTEM_ROLE,
                String.valueOf(execution.getVariable(municipalityVariable)),
                "process:" + execution.getProcessInstanceId(), null);
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }
}
