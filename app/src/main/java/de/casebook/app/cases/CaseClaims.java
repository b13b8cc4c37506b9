package de.casebook.app.cases;

import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.Tokens;
import de.casebook.app.readmodel.SearchKeys;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duplicate rules of the case types (one open card application per person and program, one
 * enrolment per person and course, one nomination per nominee, award kind and call round), held by
 * a primary key in the database rather than by a look at the read models, which two submissions at
 * the same moment would both pass. Only a hash of what identifies the person is stored.
 */
@Component
public class CaseClaims {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseClaims(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the rule's key for the new case, in the caller's transaction; a concurrent claim of the same
     * key waits until this transaction ends. Refused with 409 {@code conflictCode} and the number of the
     * case holding the key, unless that case is closed (then the new case takes the key over).
     *
     * @param parts what identifies the person and the subject of the rule; names are compared as
     *              searches compare them (case and accents ignored)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(String rule, String conflictCode, String caseId, String caseNumber, Object... parts) {
        claimReplacing(rule, conflictCode, caseId, caseNumber, null, parts);
    }

    /** {@link #claim}, taking the key over also from {@code replacedCaseId} (a card being renewed), open or not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimReplacing(String rule, String conflictCode, String caseId, String caseNumber,
                               String replacedCaseId, Object... parts) {
        var key = keyOf(rule, parts);
        var now = Timestamp.from(clock.instant());
        var claimed = jdbc.sql("""
                        INSERT INTO case_claim (rule, claim_key, case_id, case_number, claimed_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(rule, key, caseId, caseNumber, now).update();
        if (claimed == 1) {
            return;
        }
        var takenOver = jdbc.sql("""
                        UPDATE case_claim SET case_id = ?, case_number = ?, claimed_at = ?
                        WHERE rule = ? AND claim_key = ?
                          AND (case_id = ? OR case_id IN (SELECT case_id FROM case_index WHERE closed_at IS NOT NULL))""")
                .params(caseId, caseNumber, now, rule, key, String.valueOf(replacedCaseId)).update();
        if (takenOver == 0) {
            var holder = jdbc.sql("SELECT case_number FROM case_claim WHERE rule = ? AND claim_key = ?")
                    .params(rule, key).query(String.class).optional().orElse("?");
            throw ApiException.conflict(conflictCode, holder);
        }
    }

    /**
     * Claims the key for good: refused with 409 {@code conflictCode} if any case ever held it, closed or
     * not (a person taken over from the previous register is taken over once).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimOnce(String rule, String conflictCode, String caseId, String caseNumber, Object... parts) {
        var key = keyOf(rule, parts);
        var claimed = jdbc.sql("""
                        INSERT INTO case_claim (rule, claim_key, case_id, case_number, claimed_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(rule, key, caseId, caseNumber, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            var holder = jdbc.sql("SELECT case_number FROM case_claim WHERE rule = ? AND claim_key = ?")
                    .params(rule, key).query(String.class).optional().orElse("?");
            throw ApiException.conflict(conflictCode, holder);
        }
    }

    /**
     * For many would-be cases at once (an import's dry run): the number of the case holding each one's
     * key, by position in {@code partsOfEach}; only cases not closed count, unless {@code evenClosed}.
     */
    public Map<Integer, String> holders(String rule, List<Object[]> partsOfEach, boolean evenClosed) {
        var positions = new HashMap<String, List<Integer>>();
        for (int i = 0; i < partsOfEach.size(); i++) {
            positions.computeIfAbsent(keyOf(rule, partsOfEach.get(i)), key -> new ArrayList<>()).add(i);
        }
        var held = new HashMap<Integer, String>();
        var keys = new ArrayList<>(positions.keySet());
        for (int from = 0; from < keys.size(); from += 1000) {
            jdbc.sql("SELECT claim_key, case_number FROM case_claim c WHERE rule = :rule AND claim_key IN (:keys)"
                            + (evenClosed ? "" : " AND NOT EXISTS (SELECT 1 FROM case_index i"
                            + " WHERE i.case_id = c.case_id AND i.closed_at IS NOT NULL)"))
                    .param("rule", rule).param("keys", keys.subList(from, Math.min(keys.size(), from + 1000)))
                    .query((row, number) -> Map.entry(row.getString(1), String.valueOf(row.getString(2))))
                    .list()
                    .forEach(entry -> positions.get(entry.getKey()).forEach(index -> held.put(index, entry.getValue())));
        }
        return held;
    }

    private static String keyOf(String rule, Object... parts) {
        var identity = Stream.of(parts)
                .map(part -> part instanceof String text ? SearchKeys.of(text) : String.valueOf(part))
                .collect(Collectors.joining("\u001f", rule + "\u001f", ""));
        return Tokens.hash(identity);
    }
}
