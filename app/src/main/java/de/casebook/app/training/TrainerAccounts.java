package de.casebook.app.training;

import de.casebook.app.mentoring.TrainerRegister;
import de.casebook.app.platform.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account signs in as which register entry, held in the transaction that links them (as the
 * duplicate rules are): a course planned a moment after the link already finds it, and one account
 * is never linked to two entries, even when two clerks link it at the same moment.
 */
@Component
class TrainerAccounts implements TrainerRegister {

    private final JdbcClient jdbc;
    private final Clock clock;

    TrainerAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> municipalityOf(String username) {
        return jdbc.sql("SELECT municipality FROM trainer_account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    @Override
    public List<String> usernamesIn(String municipality) {
        return jdbc.sql("SELECT username FROM trainer_account WHERE municipality = ? ORDER BY username")
                .param(municipality).query(String.class).list();
    }

    boolean isRegisteredIn(String username, String municipality) {
        return municipalityOf(username).filter(municipality::equals).isPresent();
    }

    Optional<String> trainerIdOf(String username) {
        return jdbc.sql("SELECT trainer_id FROM trainer_account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    /** The entry's account may lead no new course and sign off nothing more. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(String trainerId) {
        jdbc.sql("DELETE FROM trainer_account WHERE trainer_id = ?").param(trainerId).update();
    }

    /** Claims the account for the entry; 409 if it is linked to another one (a concurrent link waits for this one). */
    @Transactional(propagation = Propagation.MANDATORY)
    void claim(String username, String trainerId, String municipality) {
        var claimed = jdbc.sql("""
                        INSERT INTO trainer_account (username, trainer_id, municipality, linked_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(username, trainerId, municipality, Timestamp.from(clock.instant())).update();
        if (claimed == 0 && !trainerIdOf(username).map(trainerId::equals).orElse(false)) {
            throw ApiException.conflict("trainer.account-taken", username);
        }
    }
}
