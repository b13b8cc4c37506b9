package de.casebook.app.platform;

import de.casebook.domain.card.CardApplication;
import de.casebook.domain.honours.Nomination;
import de.casebook.domain.mentoring.Course;
import de.casebook.domain.mentoring.Qualification;
import de.casebook.domain.network.Network;
import de.casebook.domain.shared.CaseMetaData;
import de.casebook.domain.training.TrainerQualification;
import de.casebook.processes.shared.ProcessCorrelation;
import java.util.List;
import java.util.concurrent.Executors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /**
     * The domain module knows no Spring, so its aggregates are registered here, not by annotation.
     * Courses (a session a week) and networks (meetings, reviews and grants over years) grow without
     * bound: they are loaded from a snapshot once they have more than
     * {@code casebook.snapshots.threshold} events since the last one. A qualification gathers a
     * sign-off per session (tens of events over a course, each replayed at every further sign-off):
     * snapshotted every {@code casebook.snapshots.qualification-threshold} events; it holds no personal
     * data, only ids, dates, hours and modules. One query reads an aggregate's snapshot, if any, and its
     * events ({@code CasebookEventStore#readEvents}), so looking for a snapshot costs nothing. The other
     * cases, one person's card, nomination or trainer candidacy (a handful of events), are never
     * snapshotted.
     */
    @Bean
    ConfigurerModule aggregates(@Value("${casebook.snapshots.threshold:50}") int snapshotThreshold,
                                @Value("${casebook.snapshots.qualification-threshold:20}") int qualificationThreshold) {
        return configurer -> configurer
                .configureAggregate(snapshotted(Course.class, snapshotThreshold))
                .configureAggregate(snapshotted(Qualification.class, qualificationThreshold))
                .configureAggregate(snapshotted(Network.class, snapshotThreshold))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CardApplication.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Nomination.class))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(TrainerQualification.class));
    }

    /**
     * Takes snapshots of the aggregates configured for them, on a thread of its own after the step that
     * crossed the threshold has committed: the person who took that step does not wait for it.
     */
    @Bean
    Snapshotter snapshotter(EventStore eventStore, TransactionManager transactionManager,
                            org.axonframework.config.Configuration configuration,
                            ParameterResolverFactory parameterResolverFactory, HandlerDefinition handlerDefinition) {
        return AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .aggregateFactories(
                        new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(Course.class,
                                parameterResolverFactory, handlerDefinition)),
                        new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(
                                Qualification.class, parameterResolverFactory, handlerDefinition)),
                        new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(Network.class,
                                parameterResolverFactory, handlerDefinition)))
                .repositoryProvider(configuration::repository)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .transactionManager(transactionManager)
                .executor(Executors.newSingleThreadExecutor(new CustomizableThreadFactory("snapshotter-")))
                .build();
    }

    private static <A> AggregateConfigurer<A> snapshotted(Class<A> aggregate, int threshold) {
        return AggregateConfigurer.defaultConfiguration(aggregate).configureSnapshotTrigger(
                configuration -> new EventCountSnapshotTriggerDefinition(configuration.snapshotter(), threshold));
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
