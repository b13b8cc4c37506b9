package de.casebook.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL so that any node serves a signed-in clerk. Spring Session writes a
 * session's last access on every request: an UPDATE whose commit the database flushes to disk before
 * the page goes out. A session lasts 30 minutes after its last request, so its last access is
 * written only once it is a minute old, or with anything else that changed (a new session id at
 * sign-in, the person, the timeout); an UPDATE that matches no row writes nothing and its commit
 * waits for no disk. A session may therefore end up to a minute before its 30 minutes, never later.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /** How old the recorded last access must be before a request writes it again. */
    static final long LAST_ACCESS_PRECISION_MILLIS = 60_000;

    /** Spring Session's own update with its six parameters in their order, written only when it changes something that counts. */
    static final String UPDATE_WHEN_IT_COUNTS = """
            UPDATE %TABLE_NAME% AS s SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                   MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                   PRINCIPAL_NAME = v.principal_name
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                         CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                         CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= %PRECISION%)
            """.replace("%PRECISION%", Long.toString(LAST_ACCESS_PRECISION_MILLIS));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_WHEN_IT_COUNTS);
    }
}
