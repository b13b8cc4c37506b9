package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import org.junit.jupiter.api.Test;

/** Flyway applies every migration (none skipped by a baseline), before Camunda creates its tables. */
class SchemaMigrationIT extends CasebookIntegrationTest {

    @Test
    void everyMigrationRanAsSql() {
        var applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE type = 'SQL' AND success ORDER BY installed_rank")
                .query(String.class).list();
        assertThat(applied).containsExactly("1", "2", "3", "4", "5");
        var flywayDone = jdbc.sql("SELECT max(installed_on) FROM flyway_schema_history").query(java.sql.Timestamp.class).single();
        var camundaSchema = jdbc.sql("SELECT count(*) FROM act_ge_property").query(Long.class).single();
        assertThat(flywayDone).isNotNull();
        assertThat(camundaSchema).isPositive();
    }
}
