package de.casebook.processes.shared;

import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.HistoryLevelActivity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history level {@code activity} without gateways: the history Camunda keeps here serves
 * the case page's diagram (which steps a case went through), the process versions page and the task
 * list's "already done"; the audit trail is the event store. A gateway is no step, but it cost each
 * completion passing one an insert into {@code ACT_HI_ACTINST} with its ten indexes (two per admission of
 * a participant, the most expensive statements of that step). Everything else is recorded as at
 * {@code activity}. The level keeps {@code activity}'s id, as the history tables hold the same rows
 * of the same shape: a database written at {@code activity} carries on, and back.
 */
public final class StepHistoryLevel extends HistoryLevelActivity {

    public static final String NAME = "steps";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return super.isHistoryEventProduced(eventType, entity) && !(isActivityInstanceEvent(eventType) && isGateway(entity));
    }

    private static boolean isActivityInstanceEvent(HistoryEventType eventType) {
        return eventType == HistoryEventTypes.ACTIVITY_INSTANCE_START || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_END;
    }

    private static boolean isGateway(Object entity) {
        if (entity instanceof ExecutionEntity execution && execution.getActivity() != null) {
            var type = execution.getActivity().getProperties().get(BpmnProperties.TYPE);
            return type != null && type.endsWith("Gateway");
        }
        return false;
    }
}
