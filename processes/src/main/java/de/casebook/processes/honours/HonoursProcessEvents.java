package de.casebook.processes.honours;

import static de.casebook.processes.honours.HonoursProcess.*;

import de.casebook.domain.honours.api.InformationSuppliedEvent;
import de.casebook.domain.honours.api.NominationAwardedEvent;
import de.casebook.domain.honours.api.NominationDeclinedEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.honours.api.NominationWithdrawnEvent;
import de.casebook.domain.honours.api.StatementSubmittedEvent;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Starts and moves the honours process on the events of its case, in the transaction that appended them. */
@Component
@ProcessingGroup(ProcessCorrelation.PROCESSING_GROUP)
public class HonoursProcessEvents {

    private final RuntimeService runtimeService;
    private final ProcessCorrelation correlation;
    private final String statementDeadline;

    public HonoursProcessEvents(RuntimeService runtimeService, ProcessCorrelation correlation,
                                @Value("${casebook.honours.statement-deadline:P21D}") String statementDeadline) {
        this.runtimeService = runtimeService;
        this.correlation = correlation;
        this.statementDeadline = statementDeadline;
    }

    @EventHandler
    void on(NominationSubmittedEvent event) {
        runtimeService.startProcessInstanceByKey(KEY, event.caseId(), Map.of(
                VAR_MUNICIPALITY, event.municipality(),
                VAR_AWARD_KIND, event.awardKind().code(),
                VAR_REFERENCE_COUNT, event.references().size(),
                VAR_STATEMENT_DEADLINE, statementDeadline,
                VAR_JURY, String.join(",", event.rules().jury()),
                VAR_QUORUM, event.rules().quorum()));
    }

    @EventHandler
    void on(InformationSuppliedEvent event) {
        correlation.correlate(MESSAGE_INFORMATION_SUPPLIED, event.caseId());
    }

    @EventHandler
    void on(StatementSubmittedEvent event) {
        runtimeService.createMessageCorrelation(MESSAGE_STATEMENT_SUBMITTED)
                .processInstanceBusinessKey(event.caseId())
                .localVariableEquals(VAR_ANSWERING_REFERENCE, event.referenceIndex())
                .correlateAllWithResult();
    }

    /** Only a forwarded nomination waits for this; a decision taken here finds no one waiting. */
    @EventHandler
    void on(NominationAwardedEvent event) {
        decidedOutside(event.caseId(), true);
    }

    @EventHandler
    void on(NominationDeclinedEvent event) {
        decidedOutside(event.caseId(), false);
    }

    /** A withdrawn nomination's process ends where it stands (its history keeps how far it came). */
    @EventHandler
    void on(NominationWithdrawnEvent event) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(event.caseId()).processDefinitionKey(KEY)
                .list().forEach(process -> runtimeService.deleteProcessInstance(process.getId(), "withdrawn"));
    }

    private void decidedOutside(String caseId, boolean awarded) {
        runtimeService.createMessageCorrelation(MESSAGE_EXTERNAL_DECISION)
                .processInstanceBusinessKey(caseId)
                .setVariable(VAR_AWARDED, awarded)
                .correlateAllWithResult();
    }
}
