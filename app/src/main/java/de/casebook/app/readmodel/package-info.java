/**
 * The read side: projections that Axon's pooled streaming processors build from the event store into
 * tables Flyway owns, how a request waits until they show its own changes, and their rebuild from
 * the first event while the old tables keep answering.
 */
package de.casebook.app.readmodel;
