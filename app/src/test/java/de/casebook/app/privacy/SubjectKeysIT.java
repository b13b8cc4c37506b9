package de.casebook.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keys are remembered for a minute at most: a key another node destroyed stops being used here
 * within that minute, for opening old data and for sealing new data.
 */
class SubjectKeysIT extends CasebookIntegrationTest {

    @Autowired
    SubjectKeys keys;

    @Test
    void aKeyDestroyedElsewhereIsForgottenWithinAMinute() {
        var subject = keys.subjectIdOf("jürgen weiß|" + UUID.randomUUID());
        var aggregate = UUID.randomUUID().toString();
        var first = keys.currentKey(subject, aggregate);
        assertThat(keys.currentKey(subject, aggregate).keyId()).as("remembered").isEqualTo(first.keyId());
        assertThat(keys.key(first.keyId())).isPresent();

        // another node erases the person
        jdbc.sql("UPDATE subject_key SET wrapped_key = NULL, erased_at = ? WHERE key_id = ?")
                .params(Timestamp.from(clock.instant()), first.keyId()).update();
        assertThat(keys.key(first.keyId())).as("still remembered within the minute").isPresent();

        clock.moveTo(clock.instant().plus(Duration.ofSeconds(61)));
        assertThat(keys.key(first.keyId())).as("destroyed").isEmpty();
        var next = keys.currentKey(subject, aggregate);
        assertThat(next.keyId()).as("new data is sealed with a new key").isNotEqualTo(first.keyId());
        assertThat(jdbc.sql("SELECT count(*) FROM subject_key WHERE subject_id = ? AND aggregate_id = ?")
                .params(subject, aggregate).query(Long.class).single()).isEqualTo(2L);
    }
}
