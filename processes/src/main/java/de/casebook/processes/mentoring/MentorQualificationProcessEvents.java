package de.casebook.processes.mentoring;

import static de.casebook.processes.mentoring.MentorQualificationProcess.KEY;

import de.casebook.domain.mentoring.api.ParticipantRegisteredEvent;
import de.casebook.domain.mentoring.api.ParticipantWithdrawnEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsMetEvent;
import de.casebook.domain.mentoring.api.QualificationRequirementsNoLongerMetEvent;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Moves the mentor qualification process on the events of its case. Runs in a subscribing
 * processor, so the process moves in the same transaction that appended the event.
 */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
public class MentorQualificationProcessEvents {

    private final RuntimeService runtimeService;
    private final ProcessCorrelation correlation;

    public MentorQualificationProcessEvents(RuntimeService runtimeService, ProcessCorrelation correlation) {
        this.runtimeService = runtimeService;
        this.correlation = correlation;
    }

    @EventHandler
    void on(ParticipantRegisteredEvent event) {
        runtimeService.startProcessInstanceByKey(KEY, event.caseId(), Map.of(
                MentorQualificationProcess.VAR_MUNICIPALITY, event.municipality(),
                MentorQualificationProcess.VAR_WINDOW_ENDS_AT, MentorQualificationProcess.windowEndsAt(event.windowEnd())));
    }

    @EventHandler
    void on(QualificationRequirementsMetEvent event) {
        correlation.correlate(MentorQualificationProcess.MESSAGE_REQUIREMENTS_MET, event.caseId());
    }

    @EventHandler
    void on(QualificationRequirementsNoLongerMetEvent event) {
        correlation.correlate(MentorQualificationProcess.MESSAGE_REQUIREMENTS_LOST, event.caseId());
    }

    @EventHandler
    void on(ParticipantWithdrawnEvent event) {
        correlation.correlate(MentorQualificationProcess.MESSAGE_PARTICIPANT_WITHDRAWN, event.caseId());
    }
}
