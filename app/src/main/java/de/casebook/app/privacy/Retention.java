package de.casebook.app.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: the personal data of cases that ended longer ago than their type's retention period
 * ({@code casebook.privacy.retention.<case type>}) is erased, each erasure an event. What a
 * certificate or card needs to be checked (number, validity) is not personal data and stays.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final DataSubjects subjects;
    private final PrivacyProperties properties;
    private final Clock clock;

    Retention(JdbcClient jdbc, DataSubjects subjects, PrivacyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.properties = properties;
        this.clock = clock;
    }

    /** Erases what is due; returns how many cases. */
    @Scheduled(cron = "${casebook.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/Berlin")
    public int eraseDue() {
        var erased = 0;
        for (var retention : properties.retention().entrySet()) {
            var endedBefore = ZonedDateTime.now(clock).minus(retention.getValue()).toInstant();
            var due = jdbc.sql("""
                            SELECT c.case_id, c.municipality, (SELECT d.aggregate_type FROM data_subject d
                                                              WHERE d.aggregate_id = c.case_id LIMIT 1)
                            FROM case_index c
                            WHERE c.case_type = ? AND c.closed_at < ?
                              AND EXISTS (SELECT 1 FROM subject_key k WHERE k.aggregate_id = c.case_id
                                                                        AND k.erased_at IS NULL)""")
                    .params(retention.getKey(), Timestamp.from(endedBefore))
                    .query((row, number) -> new String[] {row.getString(1), row.getString(2), row.getString(3)})
                    .list();
            for (var found : due) {
                subjects.eraseCase(found[0], found[2], found[1], "retention " + retention.getValue()
                        + " after the case ended");
                erased++;
            }
        }
        if (erased > 0) {
            log.info("Retention: erased the personal data of {} ended cases", erased);
        }
        return erased;
    }
}
