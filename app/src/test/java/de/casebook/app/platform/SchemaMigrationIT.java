package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Flyway applies every migration (none skipped by a baseline), before Camunda creates its tables. */
class SchemaMigrationIT extends CasebookIntegrationTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void everyMigrationRanAsSql() throws IOException {
        var applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE type = 'SQL' AND success ORDER BY installed_rank")
                .query(String.class).list();
        assertThat(applied).hasSizeGreaterThanOrEqualTo(5).containsExactlyElementsOf(migrationsOnClasspath());
        var flywayDone = jdbc.sql("SELECT max(installed_on) FROM flyway_schema_history").query(java.sql.Timestamp.class).single();
        var camundaSchema = jdbc.sql("SELECT count(*) FROM act_ge_property").query(Long.class).single();
        assertThat(flywayDone).isNotNull();
        assertThat(camundaSchema).isPositive();
    }

    private static java.util.List<String> migrationsOnClasspath() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
        return Arrays.stream(files)
                .map(Resource::getFilename)
                .map(VERSIONED::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1))
                .sorted(Comparator.comparingInt(Integer::parseInt))
                .toList();
    }
}
