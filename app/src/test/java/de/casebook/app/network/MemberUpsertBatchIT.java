package de.casebook.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import de.casebook.app.readmodel.ProjectionTables;
import de.casebook.app.readmodel.StatementBatch;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's connections send batches of inserts as multi-row inserts; a projection's batch may
 * still upsert one row twice (a member applies and is admitted within one batch of events), which a
 * single multi-row upsert cannot do.
 */
class MemberUpsertBatchIT extends CasebookIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void oneRowUpsertedTwiceInABatchEndsAsTheLaterStatementLeftIt() {
        var networkId = "network-" + UUID.randomUUID();
        var batch = new StatementBatch();
        batch.add(NetworkProjection.MEMBER, networkId, "Leipzig", "applied", null, null);
        batch.add(NetworkProjection.MEMBER, networkId, "Leipzig", "member", LocalDate.of(2026, 11, 30), null);
        batch.add(NetworkProjection.MEMBER, networkId, "Dresden", "applied", null, null);

        // rolled back: the rows are in the live table, which the other tests' rebuilds compare with
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            batch.flush(jdbc, ProjectionTables.live(List.of("network_member")));

            assertThat(jdbc.query("SELECT municipality, status, since FROM network_member WHERE network_id = ?"
                            + " ORDER BY municipality", (row, number) -> row.getString(1) + " " + row.getString(2)
                            + " " + row.getDate(3), networkId))
                    .containsExactly("Dresden applied null", "Leipzig member 2026-11-30");
        });
    }
}
