package de.casebook.processes.training;

import de.casebook.domain.training.api.TrainerCandidateProposedEvent;
import de.casebook.domain.training.api.TrainerRequirementsMetEvent;
import de.casebook.domain.training.api.TrainerWithdrawnEvent;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Moves the trainer qualification process on the events of its case, in the transaction that
 * appended the event (subscribing processor).
 */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
public class TrainerQualificationProcessEvents {

    private final RuntimeService runtimeService;
    private final ProcessCorrelation correlation;

    public TrainerQualificationProcessEvents(RuntimeService runtimeService, ProcessCorrelation correlation) {
        this.runtimeService = runtimeService;
        this.correlation = correlation;
    }

    @EventHandler
    void on(TrainerCandidateProposedEvent event) {
        runtimeService.startProcessInstanceByKey(TrainerQualificationProcess.KEY, event.caseId(),
                Map.of(TrainerQualificationProcess.VAR_MUNICIPALITY, event.municipality()));
    }

    @EventHandler
    void on(TrainerRequirementsMetEvent event) {
        correlation.correlate(TrainerQualificationProcess.MESSAGE_TRAINER_REQUIREMENTS_MET, event.caseId());
    }

    /** A registered trainer's process has ended already; a candidacy's ends here. */
    @EventHandler
    void on(TrainerWithdrawnEvent event) {
        correlation.correlate(TrainerQualificationProcess.MESSAGE_TRAINER_WITHDRAWN, event.caseId());
    }
}
