package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.junit.jupiter.api.Test;

class EntityIdCheckTest {

    /** An entity whose text is expensive to build; a check that may not build it fails when it does. */
    private record Entity(String id, boolean textForbidden) implements DbEntity {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            // the check never assigns ids
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            if (textForbidden) {
                throw new AssertionError("toString built for the check of " + id);
            }
            return "entity " + id;
        }
    }

    private final EntityIdCheck.EntityManager entities = new EntityIdCheck.EntityManager(null, null);

    @Test
    void aValidIdIsCheckedWithoutTheEntitysText() {
        assertThatCode(() -> entities.validateId(new Entity("5f0c-4711", true))).doesNotThrowAnyException();
    }

    @Test
    void anInvalidIdIsRefusedAsCamundaRefusesIt() {
        assertThatThrownBy(() -> entities.validateId(new Entity(null, false))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("entity null has an invalid id");
        assertThatThrownBy(() -> entities.validateId(new Entity("*", false))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("reserved identifier");
    }
}
