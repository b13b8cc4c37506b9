package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.casebook.app.CasebookIntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** A clerk's rejected step inside an engine command is no engine error; a genuine failure is. */
class CommandRejectionLoggingIT extends CasebookIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    private final Logger commandLog = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        commandLog.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        commandLog.detachAppender(logged);
    }

    @Test
    void aRejectionIsNotLoggedAsAnError() {
        assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
            throw ApiException.conflict("task.already-done");
        })).isInstanceOf(ApiException.class);

        assertThat(errors()).isEmpty();
    }

    @Test
    void aGenuineFailureStaysAnError() {
        assertThatThrownBy(() -> engine.getCommandExecutorTxRequired().execute(context -> {
            throw new IllegalStateException("the event store cannot be read");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(errors()).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).contains("ENGINE-16004");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        });
    }

    private java.util.List<ILoggingEvent> errors() {
        return logged.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
    }
}
