package de.casebook.app.training;

import de.casebook.app.security.Actor;
import de.casebook.domain.training.api.TrainerQualificationStatus;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The municipality's trainer register as the lists and the API show it, sorted by name. */
@Component
class TrainerDirectory {

    /** A register entry: {@code username} is the linked account, null until one is linked. */
    record Trainer(String trainerId, String caseNumber, String name, String username, String municipality,
                   LocalDate qualifiedSince, List<String> educationProviders) {
    }

    private final JdbcClient jdbc;

    TrainerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Trainer> registeredIn(Actor actor) {
        return jdbc.sql("""
                        SELECT trainer_id, case_number, name, username, municipality, qualified_since, education_providers
                        FROM trainer_register WHERE municipality = ? AND status = ?
                        ORDER BY name_key, trainer_id""")
                .params(actor.municipality(), TrainerQualificationStatus.REGISTERED.code())
                .query((row, number) -> new Trainer(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getObject(6, LocalDate.class), texts(row.getArray(7))))
                .list();
    }

    List<String> educationProvidersOf(String trainerId) {
        return jdbc.sql("SELECT education_providers FROM trainer_register WHERE trainer_id = ?").param(trainerId)
                .query((row, number) -> texts(row.getArray(1))).optional().orElse(List.of());
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
