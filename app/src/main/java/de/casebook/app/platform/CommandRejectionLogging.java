package de.casebook.app.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda logs every exception leaving an engine command at ERROR with its stack trace
 * ({@code ENGINE-16004 Exception while closing command context}), except its own rejections (a bad
 * request, a lost race), which it logs at DEBUG. Casebook's steps run inside engine commands, so a
 * clerk's rejected step (a required reason missing, a task a colleague completed a moment earlier)
 * filled the log with engine errors: 76 of 77 such ERRORs in a CI run were answers of 4xx. A
 * rejection ({@link Problems#isRejection}) is logged like Camunda's own; a genuine failure keeps ERROR.
 */
@Component
class CommandRejectionLogging extends AbstractProcessEnginePlugin {

    private final Problems problems;

    CommandRejectionLogging(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(processEngineConfiguration) {
                    @Override
                    protected boolean shouldLogFine(Throwable failure) {
                        return super.shouldLogFine(failure) || problems.isRejection(failure);
                    }
                };
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }
}
