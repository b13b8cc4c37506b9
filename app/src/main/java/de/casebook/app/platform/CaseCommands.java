package de.casebook.app.platform;

import de.casebook.app.security.Actor;
import de.casebook.domain.shared.CaseMetaData;
import java.util.HashMap;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command on behalf of a person, so its events record who, in which role, where and why. */
@Component
public class CaseCommands {

    private final CommandGateway gateway;

    public CaseCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Actor actor) {
        return sendForTask(command, actor, null);
    }

    public <R> R sendForTask(Object command, Actor actor, String taskId) {
        var metaData = new HashMap<String, Object>();
        metaData.put(CaseMetaData.USER, actor.username());
        metaData.put(CaseMetaData.ROLE, actor.role().name());
        metaData.put(CaseMetaData.MUNICIPALITY, actor.municipality());
        metaData.put(CaseMetaData.CORRELATION_ID, CorrelationIdFilter.current());
        if (taskId != null) {
            metaData.put(CaseMetaData.TASK_ID, taskId);
        }
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }
}
