package de.casebook.app.readmodel;

import java.util.List;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * Every {@link Projection} runs in a tracking processor of its own name, from the first event on, one
 * segment, with a dead-letter queue: an event a projection cannot take is parked, and the projection
 * goes on with the other cases; which cases have parked events is cached, so that the queue is not asked
 * for every event. Tracking processors wait on the event store and so take a new event
 * within milliseconds (Axon's pooled processors poll the embedded event store every half second).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ReadModelConfiguration {

    @Bean
    ConfigurerModule projectionProcessors(List<Projection<?>> projections, ReadModelProperties settings,
                                          DeadLetters deadLetters, ProjectionProgress progress) {
        return configurer -> configurer.eventProcessing(processing -> projections.forEach(projection -> processing
                .registerEventHandler(configuration -> projection)
                .assignHandlerInstancesMatching(projection.name(), handler -> handler == projection)
                .registerTrackingEventProcessor(projection.name(), Configuration::eventStore,
                        configuration -> processorSettings(settings.batchSize(), progress))
                .registerDeadLetterQueue(projection.name(), configuration -> deadLetters.queueFor(projection.name()))
                .registerDeadLetteringEventHandlerInvokerConfiguration(projection.name(),
                        (configuration, invoker) -> invoker.enableSequenceIdentifierCache())));
    }

    /** Also for rebuilds: one thread, from the first event, telling {@code progress} whenever it moves on. */
    static TrackingEventProcessorConfiguration processorSettings(int batchSize, ProjectionProgress progress) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(batchSize)
                .andInitialSegmentsCount(1)
                .andInitialTrackingToken(StreamableMessageSource::createTailToken)
                .andEventTrackerStatusChangeListener(progress);
    }

    @Bean
    DeadLetters deadLetters(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                            Serializer genericSerializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetters(processingGroup -> JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(processingGroup)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(DeadLetterSchema.defaultSchema())
                .genericSerializer(genericSerializer)
                .eventSerializer(eventSerializer)
                .build());
    }

    /** Builds the dead-letter queue of a processing group: a projection's, or its rebuild's. */
    static final class DeadLetters {

        private final java.util.function.Function<String, SequencedDeadLetterQueue<EventMessage<?>>> factory;

        DeadLetters(java.util.function.Function<String, SequencedDeadLetterQueue<EventMessage<?>>> factory) {
            this.factory = factory;
        }

        SequencedDeadLetterQueue<EventMessage<?>> queueFor(String processingGroup) {
            return factory.apply(processingGroup);
        }
    }
}
