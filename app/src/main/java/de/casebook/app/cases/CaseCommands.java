package de.casebook.app.cases;

import de.casebook.app.platform.CorrelationIdFilter;
import de.casebook.app.security.Actor;
import de.casebook.domain.shared.CaseMetaData;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends a command on behalf of a person, so its events record who, in which role, where and why. */
@Component
public class CaseCommands {

    private static final CommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;

    public CaseCommands(CommandGateway gateway, JdbcTemplate jdbc) {
        this.gateway = gateway;
        this.jdbc = jdbc;
    }

    public <R> R send(Object command, Actor actor) {
        return sendForTask(command, actor, null);
    }

    /**
     * For a case (or course) many people act on at once, such as a course that several clerks enrol
     * people in: waits until the others' steps on it have committed, so that each step sees the one
     * before instead of losing a race (409). The lock lasts until the caller's transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <R> R sendInTurn(Object command, Actor actor) {
        var target = TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", row -> { }, target);
        return send(command, actor);
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

    /**
     * For a command every case aggregate handles under its own name ({@code Qualification.X},
     * {@code Network.X}): one command type, routed to the aggregate type named.
     */
    public <R> R sendNamed(String commandName, Object command, Actor actor) {
        var metaData = CaseMetaData.of(actor.username(), actor.role().name(), actor.municipality(),
                CorrelationIdFilter.current(), null);
        return gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(command, metaData), commandName));
    }

    private <R> R dispatch(Object command, String user, String role, String municipality, String taskId) {
        var metaData = CaseMetaData.of(user, role, municipality, CorrelationIdFilter.current(), taskId);
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }
}
