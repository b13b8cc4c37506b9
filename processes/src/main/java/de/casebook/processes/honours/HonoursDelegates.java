package de.casebook.processes.honours;

import de.casebook.domain.honours.api.CloseReferencesCommand;
import de.casebook.domain.honours.api.CloseStatementCommand;
import de.casebook.domain.honours.api.RecommendCommand;
import de.casebook.processes.shared.ProcessCommands;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the honours process: links by mail, and the steps the process records itself. */
@Configuration
public class HonoursDelegates {

    @Bean("requestStatement")
    JavaDelegate requestStatement(HonoursPorts ports) {
        return execution -> ports.requestStatement(execution.getBusinessKey(),
                ((Number) execution.getVariable(HonoursProcess.VAR_REFERENCE_INDEX)).intValue());
    }

    @Bean("remindNominator")
    JavaDelegate remindNominator(HonoursPorts ports) {
        return execution -> ports.remindNominator(execution.getBusinessKey());
    }

    @Bean("statementMissed")
    JavaDelegate statementMissed(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new CloseStatementCommand(execution.getBusinessKey(),
                ((Number) execution.getVariable(HonoursProcess.VAR_REFERENCE_INDEX)).intValue()), execution,
                HonoursProcess.VAR_MUNICIPALITY);
    }

    @Bean("closeReferences")
    JavaDelegate closeReferences(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new CloseReferencesCommand(execution.getBusinessKey()), execution,
                HonoursProcess.VAR_MUNICIPALITY);
    }

    @Bean("recommend")
    JavaDelegate recommend(ProcessCommands commands) {
        return execution -> commands.sendAsSystem(new RecommendCommand(execution.getBusinessKey(),
                ((Number) execution.getVariable(HonoursProcess.VAR_QUORUM)).intValue()), execution,
                HonoursProcess.VAR_MUNICIPALITY);
    }
}
