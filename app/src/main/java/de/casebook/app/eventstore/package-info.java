/**
 * The event store adapter: Axon's JDBC event storage on PostgreSQL, tuned for replays, and the
 * embedded event store that hands new events to the read models as soon as their transaction commits.
 */
package de.casebook.app.eventstore;
