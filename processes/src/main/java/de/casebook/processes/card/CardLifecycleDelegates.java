package de.casebook.processes.card;

import de.casebook.domain.card.api.ExpireCardCommand;
import de.casebook.domain.card.api.RecordExpiryReminderCommand;
import de.casebook.processes.shared.ProcessCommands;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The card's timers: the reminder before expiry and the expiry itself, recorded as events of the case. */
@Configuration
public class CardLifecycleDelegates {

    @Bean("remindCardExpiry")
    JavaDelegate remindCardExpiry(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new RecordExpiryReminderCommand(execution.getBusinessKey()),
                execution, CardApplicationProcess.VAR_MUNICIPALITY);
    }

    @Bean("expireCard")
    JavaDelegate expireCard(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new ExpireCardCommand(execution.getBusinessKey()), execution,
                CardApplicationProcess.VAR_MUNICIPALITY);
    }
}
