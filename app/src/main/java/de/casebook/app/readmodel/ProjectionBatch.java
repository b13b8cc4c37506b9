package de.casebook.app.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The changes of one batch of events, gathered in memory while the events are handled and written
 * with a few batched statements when the batch's transaction commits. A replay of a million events
 * thus writes each row once per batch instead of once per event.
 */
public interface ProjectionBatch {

    void flush(JdbcTemplate jdbc, ProjectionTables tables);
}
