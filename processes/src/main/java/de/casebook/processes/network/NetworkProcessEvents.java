package de.casebook.processes.network;

import static de.casebook.processes.network.NetworkProcesses.*;

import de.casebook.domain.network.api.GrantRequestedEvent;
import de.casebook.domain.network.api.MemberLeftEvent;
import de.casebook.domain.network.api.MembershipAppliedEvent;
import de.casebook.domain.network.api.MembershipRenewedEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import de.casebook.domain.shared.CaseMetaData;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts and moves the processes of a network on its events, in the transaction that appended
 * them. Membership and grant processes take the network's municipality and coordinators from its
 * lifecycle process, so that their tasks go to the network's coordinators.
 */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
public class NetworkProcessEvents {

    private final RuntimeService runtimeService;
    private final String state;

    public NetworkProcessEvents(RuntimeService runtimeService, @Value("${casebook.network.state:land}") String state) {
        this.runtimeService = runtimeService;
        this.state = state;
    }

    @EventHandler
    void on(NetworkFoundedEvent event, @MetaDataValue(CaseMetaData.MUNICIPALITY) String municipality) {
        var variables = new HashMap<String, Object>();
        variables.put(VAR_MUNICIPALITY, municipality);
        variables.put(VAR_STATE, state);
        variables.put(VAR_COORDINATORS, String.join(",", event.coordinators()));
        variables.put(VAR_GOALS, goalsVariable(event.goals()));
        variables.put(VAR_MEETING_INTERVAL, meetingInterval(event.meetingsPerYear()));
        variables.put(VAR_MEETING_CYCLE, meetingCycle(event.meetingsPerYear()));
        variables.put(VAR_ENDS_AT, startOf(event.endDate()));
        runtimeService.startProcessInstanceByKey(LIFECYCLE, event.networkId(), variables);
    }

    @EventHandler
    void on(MembershipAppliedEvent event) {
        var variables = networkVariables(event.networkId());
        variables.put(VAR_APPLICATION_ID, event.applicationId());
        variables.put(VAR_MEMBER, event.municipality());
        runtimeService.startProcessInstanceByKey(MEMBERSHIP, event.networkId(), variables);
    }

    @EventHandler
    void on(GrantRequestedEvent event) {
        var variables = networkVariables(event.networkId());
        variables.put(VAR_GRANT_ID, event.grantId());
        runtimeService.startProcessInstanceByKey(GRANT, event.networkId(), variables);
    }

    @EventHandler
    void on(MembershipRenewedEvent event) {
        runtimeService.createMessageCorrelation(MESSAGE_MEMBERSHIP_RENEWED)
                .processInstanceBusinessKey(event.networkId())
                .processInstanceVariableEquals(VAR_MEMBER, event.municipality())
                .setVariable(VAR_MEMBER_UNTIL, after(event.memberUntil()))
                .correlateAllWithResult();
    }

    @EventHandler
    void on(MemberLeftEvent event) {
        runtimeService.createMessageCorrelation(MESSAGE_MEMBER_LEFT)
                .processInstanceBusinessKey(event.networkId())
                .processInstanceVariableEquals(VAR_MEMBER, event.municipality())
                .correlateAllWithResult();
    }

    /**
     * The network's own variables, from its lifecycle process: it runs for as long as the network
     * accepts applications and grant requests.
     */
    private Map<String, Object> networkVariables(String networkId) {
        var lifecycle = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(LIFECYCLE).processInstanceBusinessKey(networkId).singleResult();
        return new HashMap<>(runtimeService.getVariables(lifecycle.getId(),
                List.of(VAR_MUNICIPALITY, VAR_STATE, VAR_COORDINATORS)));
    }
}
