package de.casebook.app.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the application's database role can change the audit trail; said at every start when it can. */
@Component
class AppendOnly {

    private static final Logger log = LoggerFactory.getLogger(AppendOnly.class);

    private final JdbcClient jdbc;

    AppendOnly(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enforced() {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT NOT (has_table_privilege(current_user, 'domainevententry', 'UPDATE')
                                 OR has_table_privilege(current_user, 'domainevententry', 'DELETE')
                                 OR has_table_privilege(current_user, 'domainevententry', 'TRUNCATE')
                                 OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables
                                                               WHERE tablename = 'domainevententry'
                                                                 AND schemaname = current_schema()), 'USAGE'))""")
                .query(Boolean.class).single());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenNotEnforced() {
        if (!enforced()) {
            log.warn("The event table is not append-only: the application's database role may change or delete "
                    + "events. Run the migrations as the tables' owner (SPRING_FLYWAY_USER) and the application as "
                    + "its own role (README, \"Database roles\").");
        }
    }
}
