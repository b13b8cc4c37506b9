package de.casebook.processes.shared;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Delivers a message to the process of a case, found by its business key (the case id). */
@Component
public class ProcessCorrelation {

    /** The subscribing event processor that moves processes inside the command's transaction. */
    public static final String PROCESSING_GROUP = "process-correlation";

    private final RuntimeService runtimeService;

    public ProcessCorrelation(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Correlates to every waiting subscription; none is fine, because an event may arrive while the
     * process waits elsewhere (hours signed off late while staff decide on an incomplete case are
     * caught there, and a withdrawn case's process may have ended).
     */
    public void correlate(String messageName, String caseId) {
        runtimeService.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(caseId)
                .correlateAllWithResult();
    }
}
