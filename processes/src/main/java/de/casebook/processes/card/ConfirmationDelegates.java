package de.casebook.processes.card;

import de.casebook.domain.card.api.ConfirmationPurpose;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The confirmation request and its reminder: both send the organisation a fresh link. */
@Configuration
public class ConfirmationDelegates {

    @Bean("requestConfirmation")
    JavaDelegate requestConfirmation(CardApplicationPorts ports) {
        return execution -> send(ports, execution,
                Boolean.TRUE.equals(execution.getVariable(CardApplicationProcess.VAR_RESEND))
                        ? ConfirmationPurpose.RESEND : ConfirmationPurpose.REQUEST);
    }

    @Bean("remindConfirmation")
    JavaDelegate remindConfirmation(CardApplicationPorts ports) {
        return execution -> send(ports, execution, ConfirmationPurpose.REMINDER);
    }

    private static void send(CardApplicationPorts ports, DelegateExecution execution, ConfirmationPurpose purpose) {
        var index = ((Number) execution.getVariable(CardApplicationProcess.VAR_ORGANISATION_INDEX)).intValue();
        ports.sendConfirmationLink(execution.getBusinessKey(), index, purpose);
    }
}
