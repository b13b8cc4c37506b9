package de.casebook.app.platform;

import de.casebook.domain.mentoring.Course;
import de.casebook.domain.mentoring.Qualification;
import de.casebook.domain.card.CardApplication;
import de.casebook.domain.honours.Nomination;
import de.casebook.domain.network.Network;
import de.casebook.domain.shared.CaseMetaData;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** The domain module knows no Spring, so its aggregates are registered here, not by annotation. */
    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Course.class)
                .configureAggregate(Qualification.class)
                .configureAggregate(Network.class)
                .configureAggregate(CardApplication.class)
                .configureAggregate(Nomination.class);
    }

    /**
     * Process correlation runs inside the command's transaction (a subscribing processor, see
     * application.yml); a failure there must roll the
     * whole step back rather than being logged and skipped.
     */
    @Bean
    ConfigurerModule processCorrelationFailsTheCommand() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(ProcessCorrelation.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    /** Copies who acted, in which role, where, for which request and task, onto every event. */
    @Bean
    CorrelationDataProvider caseMetaDataProvider() {
        return new SimpleCorrelationDataProvider(List.of(CaseMetaData.USER, CaseMetaData.ROLE,
                CaseMetaData.MUNICIPALITY, CaseMetaData.CORRELATION_ID, CaseMetaData.TASK_ID).toArray(String[]::new));
    }
}
