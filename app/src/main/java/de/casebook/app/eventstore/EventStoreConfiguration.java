package de.casebook.app.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.privacy.PersonalDataCipher;
import de.casebook.app.privacy.PersonalDataSerializer;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The event store: Axon's JDBC storage engine (as Axon's auto-configuration builds it, but reading
 * events for replays in larger batches) behind an embedded event store that learns of commits.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /** A duplicate (aggregate, sequence) is a concurrent change of a case, which the API answers with 409. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    /**
     * Snapshots are the aggregates' own state, kept in private fields without getters: they are
     * written field by field, nulls included (a member without a term is a map entry with a null
     * value), and read back ignoring what a newer version no longer has.
     */
    static Serializer snapshotSerializer(ObjectMapper objectMapper, PersonalDataCipher cipher) {
        var fields = objectMapper.copy()
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                        JsonInclude.Include.ALWAYS))
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return PersonalDataSerializer.of(fields, cipher, null);
    }

    /**
     * Events as Axon's auto-configuration would serialize them (Jackson, revisions from
     * {@code @Revision}), with personal data sealed per data subject.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper objectMapper, PersonalDataCipher cipher, RevisionResolver revisions) {
        return PersonalDataSerializer.of(objectMapper, cipher, revisions);
    }

    @Bean
    AggregateScopedStorageEngine eventStorageEngine(ObjectMapper objectMapper,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          @Value("${casebook.event-store.read-batch-size:500}") int readBatchSize,
                                          PersonalDataCipher cipher) {
        return new AggregateScopedStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer(objectMapper, cipher))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .connectionProvider(connectionProvider)
                .transactionManager(new ReadsJoinOrAutocommit(transactionManager))
                .schema(new EventSchema())
                .batchSize(readBatchSize), configuration.snapshotFilter());
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    CasebookEventStore eventStore(AggregateScopedStorageEngine storageEngine, Configuration configuration) {
        return new CasebookEventStore(EmbeddedEventStore.builder()
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)),
                storageEngine);
    }
}
