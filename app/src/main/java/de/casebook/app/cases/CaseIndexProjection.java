package de.casebook.app.cases;

import de.casebook.app.readmodel.CopyRows;
import de.casebook.app.readmodel.Projection;
import de.casebook.app.readmodel.ProjectionBatch;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.SearchKeys;
import de.casebook.app.readmodel.Text;
import de.casebook.domain.shared.CaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case index: one row per case of every type, with its number, whom it is about, its status and
 * when it opened, last changed, was decided and ended. Only a case's first event is deserialized;
 * every later one is read by its type and time.
 */
@Component
public class CaseIndexProjection extends Projection<CaseIndexProjection.Batch> {

    public static final String NAME = "case-index";
    public static final String TABLE = "case_index";

    private final Map<String, CaseIndexing> byAggregateType;

    @Autowired
    public CaseIndexProjection(List<CaseIndexing> caseTypes, JdbcTemplate jdbc) {
        this(caseTypes.stream().collect(Collectors.toUnmodifiableMap(CaseIndexing::aggregateType, Function.identity())),
                ProjectionTables.live(names(TABLE)), jdbc);
    }

    private CaseIndexProjection(Map<String, CaseIndexing> byAggregateType, ProjectionTables tables, JdbcTemplate jdbc) {
        super(NAME, tables, jdbc, Batch::new);
        this.byAggregateType = byAggregateType;
    }

    @Override
    public CaseIndexProjection writingTo(ProjectionTables tables) {
        return new CaseIndexProjection(byAggregateType, tables, jdbc());
    }

    @Override
    protected boolean reads(DomainEventMessage<?> event) {
        return byAggregateType.containsKey(event.getType());
    }

    /** Only an aggregate's first event is read beyond its type and time. */
    @Override
    protected Set<Class<?>> payloadsRead() {
        return Set.of();
    }

    @Override
    protected void apply(DomainEventMessage<?> event, Batch batch) {
        var caseType = byAggregateType.get(event.getType());
        var step = event.getPayloadType().getSimpleName();
        if (event.getSequenceNumber() == 0) {
            var opened = caseType.opened(event);
            var municipality = String.valueOf(event.getMetaData().get(CaseMetaData.MUNICIPALITY));
            var row = new Row(event.getAggregateIdentifier(), opened, caseType.caseType(), municipality, step,
                    event.getTimestamp());
            row.apply(0, step, event.getTimestamp(), caseType.change(event.getPayloadType()));
            batch.open(row);
        } else {
            batch.change(event.getAggregateIdentifier(), event.getSequenceNumber(), step, event.getTimestamp(),
                    caseType.change(event.getPayloadType()));
        }
    }

    /** A case opened in this batch: known in full, so later events of the batch change it in memory. */
    private static final class Row {
        private final String caseId;
        private final CaseIndexing.OpenedCase opened;
        private final String caseType;
        private final String municipality;
        private final Instant openedAt;
        private String status;
        private String step;
        private Instant lastChangedAt;
        private Instant decidedAt;
        private Instant closedAt;
        private long sequence;

        private Row(String caseId, CaseIndexing.OpenedCase opened, String caseType, String municipality, String step,
                    Instant openedAt) {
            this.caseId = caseId;
            this.opened = opened;
            this.caseType = caseType;
            this.municipality = municipality;
            this.openedAt = openedAt;
            this.status = opened.status();
            this.step = step;
            this.lastChangedAt = openedAt;
        }

        private void apply(long sequence, String step, Instant at, CaseIndexing.CaseChange change) {
            this.sequence = sequence;
            this.step = step;
            this.lastChangedAt = at;
            if (change == null) {
                return;
            }
            var newStatus = change.statusFor(opened.kind());
            if (newStatus != null) {
                status = newStatus;
            }
            if (change.decides() && decidedAt == null) {
                decidedAt = at;
            }
            if (change.closes() && closedAt == null) {
                closedAt = at;
            }
        }
    }

    /** Later events of a case opened before this batch: applied by one statement when the batch is written. */
    private static final class Change {
        private CaseIndexing.CaseChange status;
        private String step;
        private Instant lastChangedAt;
        private Instant decidedAt;
        private Instant closedAt;
        private long sequence;

        private void apply(long sequence, String step, Instant at, CaseIndexing.CaseChange change) {
            this.sequence = sequence;
            this.step = step;
            this.lastChangedAt = at;
            if (change == null) {
                return;
            }
            if (change.status() != null || change.otherwise() != null) {
                status = change;
            }
            if (change.decides() && decidedAt == null) {
                decidedAt = at;
            }
            if (change.closes() && closedAt == null) {
                closedAt = at;
            }
        }
    }

    public static final class Batch implements ProjectionBatch {
        private final Map<String, Row> opened = new LinkedHashMap<>();
        private final Map<String, Change> changed = new LinkedHashMap<>();

        private void open(Row row) {
            opened.put(row.caseId, row);
        }

        private void change(String caseId, long sequence, String step, Instant at, CaseIndexing.CaseChange change) {
            var row = opened.get(caseId);
            if (row != null) {
                row.apply(sequence, step, at, change);
            } else {
                changed.computeIfAbsent(caseId, id -> new Change()).apply(sequence, step, at, change);
            }
        }

        @Override
        public void flush(JdbcTemplate jdbc, ProjectionTables tables) {
            var table = tables.of(TABLE);
            if (!opened.isEmpty()) {
                insert(jdbc, table, new ArrayList<>(opened.values()));
            }
            if (!changed.isEmpty()) {
                update(jdbc, table, new ArrayList<>(changed.entrySet()));
            }
        }

        private static final List<String> COLUMNS = List.of("case_id", "case_number", "case_type", "kind",
                "municipality", "person", "person_key", "parent_id", "named_users", "status", "current_step",
                "opened_at", "last_changed_at", "decided_at", "closed_at", "last_sequence");

        private static void insert(JdbcTemplate jdbc, String table, List<Row> rows) {
            var copy = new CopyRows();
            for (var row : rows) {
                var person = Text.clean(row.opened.person(), 300);
                copy.text(row.caseId).text(Text.clean(row.opened.caseNumber(), 40)).text(row.caseType)
                        .text(Text.clean(row.opened.kind(), 40)).text(row.municipality)
                        .text(person == null ? "" : person).text(Text.clean(SearchKeys.of(person), 300))
                        .text(row.opened.parentId())
                        .texts(row.opened.namedUsers() == null ? List.of() : row.opened.namedUsers())
                        .text(row.status).text(row.step).instant(row.openedAt).instant(row.lastChangedAt)
                        .instant(row.decidedAt).instant(row.closedAt).number(row.sequence).endRow();
            }
            copy.into(jdbc, table, COLUMNS);
        }

        private static void update(JdbcTemplate jdbc, String table, List<Map.Entry<String, Change>> changes) {
            jdbc.batchUpdate("UPDATE " + table + """
                     SET status = COALESCE(CASE WHEN kind = ANY(?::text[]) THEN ? ELSE ? END, status),
                        current_step = ?, last_changed_at = ?,
                        decided_at = COALESCE(decided_at, ?), closed_at = COALESCE(closed_at, ?), last_sequence = ?
                    WHERE case_id = ? AND last_sequence < ?""",
                    changes, changes.size(), (statement, entry) -> {
                        var change = entry.getValue();
                        var status = change.status;
                        if (status != null && status.kinds() != null) {
                            statement.setArray(1, statement.getConnection().createArrayOf("text",
                                    status.kinds().toArray()));
                        } else {
                            statement.setNull(1, Types.ARRAY);
                        }
                        statement.setString(2, status == null ? null : status.status());
                        statement.setString(3, status == null ? null
                                : status.kinds() == null ? status.status() : status.otherwise());
                        statement.setString(4, change.step);
                        statement.setTimestamp(5, Timestamp.from(change.lastChangedAt));
                        setInstant(statement, 6, change.decidedAt);
                        setInstant(statement, 7, change.closedAt);
                        statement.setLong(8, change.sequence);
                        statement.setString(9, entry.getKey());
                        statement.setLong(10, change.sequence);
                    });
        }

        private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setTimestamp(index, Timestamp.from(instant));
            }
        }
    }
}
