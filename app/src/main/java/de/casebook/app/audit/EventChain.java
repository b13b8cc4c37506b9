package de.casebook.app.audit;

import de.casebook.app.cases.StoredChain;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a case's chain links straight from the event table: the bytes as stored, not as upcast. */
@Component
class EventChain implements StoredChain {

    private final JdbcClient jdbc;

    EventChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Link> of(String caseId) {
        return jdbc.sql("""
                        SELECT sequencenumber, globalindex, type, eventidentifier, payloadtype, payloadrevision, timestamp,
                               payload, metadata, hash
                        FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""")
                .param(caseId)
                .query((row, number) -> Map.entry(row.getLong(1), new Link(row.getLong(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                        AuditChain.hex(AuditChain.sha256(row.getBytes(8))), AuditChain.hex(AuditChain.sha256(row.getBytes(9))),
                        AuditChain.hex(row.getBytes(10)))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }
}
