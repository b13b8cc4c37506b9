package de.casebook.app.readmodel;

import de.casebook.app.platform.ApiException;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The events a read model parked instead of stopping: listed for the admin, and tried again on request. */
@Component
public class ProjectionDeadLetters {

    /** A parked event: which case, which event, since when, and why (the type of the failure and its message). */
    public record DeadLetter(String caseId, long sequence, String eventType, Instant enqueuedAt, String cause,
                             String message) {
    }

    /** How a retry went: events handled now, and those still parked. */
    public record Retry(int retried, long remaining) {
    }

    private final ReadModels readModels;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProjectionDeadLetters(ReadModels readModels, EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.readModels = readModels;
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public List<DeadLetter> of(String name) {
        requireKnown(name);
        return jdbc.query("""
                        SELECT aggregateidentifier, sequencenumber, payloadtype, enqueuedat, causetype, causemessage
                        FROM deadletterentry WHERE processinggroup = ?
                        ORDER BY sequenceidentifier, sequenceindex LIMIT 1000""",
                (row, number) -> new DeadLetter(row.getString(1), row.getLong(2),
                        simpleName(row.getString(3)), Instant.parse(row.getString(4)), simpleName(row.getString(5)),
                        row.getString(6)), name);
    }

    /** Tries every parked event again, in order per case; those that fail again stay parked. */
    public Retry retry(String name) {
        requireKnown(name);
        var processor = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> ApiException.notFound("projection.unknown", name));
        var parked = count(name);
        for (long sequence = 0; sequence < parked && processor.processAny(); sequence++) {
            // one case's parked events per round, in order, until one fails again or none is left
        }
        var remaining = count(name);
        return new Retry((int) (parked - remaining), remaining);
    }

    private long count(String name) {
        var count = jdbc.queryForObject("SELECT count(*) FROM deadletterentry WHERE processinggroup = ?", Long.class,
                name);
        return count == null ? 0 : count;
    }

    private void requireKnown(String name) {
        readModels.named(name).orElseThrow(() -> ApiException.notFound("projection.unknown", name));
    }

    private static String simpleName(String className) {
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }
}
