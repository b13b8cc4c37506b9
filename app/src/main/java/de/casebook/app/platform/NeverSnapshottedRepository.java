package de.casebook.app.platform;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The repository of an aggregate that is never snapshotted (one person's card, nomination or trainer
 * candidacy: a handful of events). Axon looks into the snapshot table before it reads an aggregate's
 * events, whatever the aggregate; for these the answer is always "none", so this repository reads the
 * events alone.
 */
final class NeverSnapshottedRepository<A> extends EventSourcingRepository<A> {

    private final EventStore eventStore;

    private NeverSnapshottedRepository(Builder<A> builder, EventStore eventStore) {
        super(builder.eventStore(eventStore));
        this.eventStore = eventStore;
    }

    /** Axon's default configuration of the aggregate, with this repository. */
    static <A> AggregateConfigurer<A> configurationOf(Class<A> aggregate) {
        return AggregateConfigurer.defaultConfiguration(aggregate).configureRepository(configuration ->
                new NeverSnapshottedRepository<>(EventSourcingRepository.builder(aggregate)
                        .parameterResolverFactory(configuration.parameterResolverFactory())
                        .handlerDefinition(configuration.handlerDefinition(aggregate))
                        .repositoryProvider(configuration::repository), configuration.eventStore()));
    }

    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        return eventStore.readEvents(aggregateIdentifier, 0);
    }
}
