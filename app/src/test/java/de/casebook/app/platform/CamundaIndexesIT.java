package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.casebook.app.CasebookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A task's completion finds its subtasks through an index, not by reading every open task. */
class CamundaIndexesIT extends CasebookIntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void camundasSubtaskQueryUsesTheIndex() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = ?").param(CamundaIndexes.TASK_PARENT)
                .query(String.class).list()).singleElement().asString().containsIgnoringCase("(parent_task_id_)");

        var plan = transactions.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("EXPLAIN select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'")
                    .query(String.class).list());
        });
        assertThat(plan).contains(CamundaIndexes.TASK_PARENT);
    }
}
