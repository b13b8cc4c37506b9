package de.casebook.app.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.junit.jupiter.api.Test;

class EntityIdCheckTest {

    /** An entity whose text is expensive to build; the check must not build it for a valid id. */
    private record Entity(String id) implements DbEntity {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            throw new AssertionError("toString built for the check of " + id);
        }
    }

    private final EntityIdCheck.EntityManager entities = new EntityIdCheck.EntityManager(null, null);

    @Test
    void aValidIdIsCheckedWithoutTheEntitysText() {
        assertThatCode(() -> entities.validateId(new Entity("5f0c-4711"))).doesNotThrowAnyException();
    }

    @Test
    void anInvalidIdIsRefusedAsCamundaRefusesIt() {
        var missing = new DbEntity() {
            @Override
            public String getId() {
                return null;
            }

            @Override
            public void setId(String id) {
            }

            @Override
            public Object getPersistentState() {
                return null;
            }
        };
        assertThatThrownBy(() -> entities.validateId(missing)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("has an invalid id");
        assertThatThrownBy(() -> entities.validateId(new EntityWithText("*"))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("reserved identifier");
    }

    private record EntityWithText(String id) implements DbEntity {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
        }

        @Override
        public Object getPersistentState() {
            return id;
        }
    }
}
