package de.casebook.app.privacy;

import static de.casebook.app.CaseRequests.cardApplication;
import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly retention erases the personal data of cases that ended longer ago than their type keeps it. */
class RetentionIT extends CasebookIntegrationTest {

    @Autowired
    Retention retention;

    @Test
    void aCardApplicationEndedThreeYearsAgoIsErasedAndARecentOneIsNot() {
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        var old = withdrawnApplication("Zoë Dąbrowski " + suffix);
        clock.moveTo(clock.instant().plus(Duration.ofDays(3 * 365 + 2)));
        var recent = withdrawnApplication("Björn Schäfer " + suffix);

        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(1);

        var history = as("auditor").read("/api/cases/" + old + "/history");
        var last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("PersonalDataErasedEvent");
        assertThat(last.get("actor").asText()).isEqualTo("system");
        assertThat(last.get("payload").get("reason").asText()).contains("P3Y");
        assertThat(staff().read("/api/card-applications/" + old).toString())
                .doesNotContain("Dąbrowski " + suffix).contains(PersonalDataCipher.ERASED);
        assertThat(staff().read("/api/card-applications/" + recent).toString()).contains("Björn Schäfer " + suffix);
        assertThat(jdbc.sql("SELECT count(*) FROM subject_key WHERE aggregate_id = ? AND erased_at IS NULL")
                .param(old).query(Long.class).single()).isZero();
        assertThat(retention.eraseDue()).as("nothing is erased twice").isZero();
    }

    private String withdrawnApplication(String name) {
        var caseId = staff().ok("/api/card-applications", cardApplication(name, LocalDate.of(1971, 8, 9)))
                .get("caseId").asText();
        staff().ok("/api/card-applications/" + caseId + "/withdrawal", Map.of("reason", "Antrag zurückgenommen"));
        return caseId;
    }
}
