package de.casebook.processes.mentoring;

import de.casebook.domain.mentoring.api.ParticipantDeclinedEvent;
import de.casebook.domain.mentoring.api.ParticipantWithdrawnEvent;
import de.casebook.domain.mentoring.api.QualificationClosedEvent;
import de.casebook.domain.mentoring.api.ReleaseCoursePlaceCommand;
import de.casebook.processes.shared.ProcessCorrelation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A participant who leaves (declined, withdrawn, closed) frees their course place, in the same
 * transaction. The command inherits the event's metadata, so the release records the same actor.
 */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
public class CoursePlacePolicy {

    private final CommandGateway commandGateway;

    public CoursePlacePolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(ParticipantDeclinedEvent event) {
        release(event.courseId(), event.caseId());
    }

    @EventHandler
    void on(ParticipantWithdrawnEvent event) {
        release(event.courseId(), event.caseId());
    }

    @EventHandler
    void on(QualificationClosedEvent event) {
        release(event.courseId(), event.caseId());
    }

    private void release(String courseId, String caseId) {
        commandGateway.sendAndWait(new ReleaseCoursePlaceCommand(courseId, caseId));
    }
}
