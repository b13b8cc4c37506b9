package de.casebook.app.cases;

import de.casebook.app.platform.CorrelationIdFilter;
import de.casebook.app.security.Actor;
import de.casebook.domain.shared.CaseMetaData;
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

    /** For steps no person takes: a timer, a process, a public link answered by someone outside. */
    public <R> R sendAsSystem(Object command, String municipality) {
        return dispatch(command, CaseMetaData.SYSTEM_USER, CaseMetaData.SYSTEM_ROLE, municipality, null);
    }

    /** For someone outside who acts through a link, named by their part in the case (no personal data). */
    public <R> R sendAsOutsider(Object command, String part, String role, String municipality) {
        return dispatch(command, part, role, municipality, null);
    }

    public <R> R sendForTask(Object command, Actor actor, String taskId) {
        return dispatch(command, actor.username(), actor.role().name(), actor.municipality(), taskId);
    }

    private <R> R dispatch(Object command, String user, String role, String municipality, String taskId) {
        var metaData = CaseMetaData.of(user, role, municipality, CorrelationIdFilter.current(), taskId);
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }
}
