package de.casebook.app.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One AES key per data subject and aggregate (a case, a course), wrapped with the master key in the
 * table {@code subject_key}. Destroying a key erases what was encrypted with it, everywhere it is stored.
 * A key is created in the transaction that first seals data with it: both commit or neither.
 */
@Component
public class SubjectKeys {

    /** A key to encrypt with. */
    public record Current(UUID keyId, SecretKey key) {
    }

    private static final int IV_LENGTH = 12;
    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    /** Keys kept in memory at most (a few MiB), so that an import of 50,000 people does not stay in the heap. */
    private static final int REMEMBERED_AT_MOST = 50_000;

    private final JdbcClient jdbc;
    private final MasterKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Current> current;
    private final Cache<UUID, Optional<SecretKey>> byId;

    SubjectKeys(JdbcClient jdbc, MasterKey master, Clock clock) {
        this.jdbc = jdbc;
        this.master = master;
        this.clock = clock;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.current = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(REMEMBERED)
                .maximumSize(REMEMBERED_AT_MOST).build();
        this.byId = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(REMEMBERED)
                .maximumSize(REMEMBERED_AT_MOST).build();
    }

    public String subjectIdOf(String identity) {
        return master.subjectIdOf(identity);
    }

    /**
     * The key for a subject's data in an aggregate, created on first use in the transaction that
     * writes the data: remembered for other transactions only once that one has committed, so that
     * nothing is ever sealed with a key that was rolled back.
     */
    public Current currentKey(String subjectId, String aggregateId) {
        var scope = subjectId + "@" + aggregateId;
        var known = current.getIfPresent(scope);
        if (known != null) {
            return known;
        }
        var inThisTransaction = uncommitted();
        var pending = inThisTransaction.get(scope);
        if (pending != null) {
            return pending;
        }
        RowMapper<Current> keyOfRow = (row, number) -> {
            var keyId = row.getObject(1, UUID.class);
            return new Current(keyId, unwrap(keyId, row.getBytes(2)));
        };
        var created = jdbc.sql("""
                        INSERT INTO subject_key (key_id, subject_id, aggregate_id, wrapped_key, created_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (subject_id, aggregate_id) WHERE erased_at IS NULL DO NOTHING
                        RETURNING key_id, wrapped_key""")
                .params(newKeyRow(subjectId, aggregateId))
                .query(keyOfRow).optional()
                .orElseGet(() -> jdbc.sql("""
                                SELECT key_id, wrapped_key FROM subject_key
                                WHERE subject_id = ? AND aggregate_id = ? AND erased_at IS NULL""")
                        .params(subjectId, aggregateId).query(keyOfRow).single());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            inThisTransaction.put(scope, created);
        } else {
            current.put(scope, created);
        }
        return created;
    }

    /** Keys created in the current transaction, handed to the shared cache when it commits. */
    private Map<String, Current> uncommitted() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        var keys = (Map<String, Current>) TransactionSynchronizationManager.getResource(this);
        if (keys == null) {
            var created = new HashMap<String, Current>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    current.putAll(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SubjectKeys.this);
                }
            });
            return created;
        }
        return keys;
    }

    /** The key with that id; empty once it was destroyed. */
    public Optional<SecretKey> key(UUID keyId) {
        return byId.get(keyId, id -> jdbc.sql("SELECT wrapped_key FROM subject_key WHERE key_id = ?").param(id)
                .query((row, number) -> Optional.ofNullable(row.getBytes(1)).map(wrapped -> unwrap(id, wrapped)))
                .optional().flatMap(found -> found));
    }

    /** Destroys every key of the subject; returns the aggregates whose data of theirs is now unreadable. */
    public List<String> destroyAllOf(String subjectId) {
        var aggregates = jdbc.sql("""
                        UPDATE subject_key SET wrapped_key = NULL, erased_at = ? WHERE subject_id = ? AND erased_at IS NULL
                        RETURNING aggregate_id""")
                .params(Timestamp.from(clock.instant()), subjectId)
                .query(String.class).list();
        forget(subjectId + "@");
        return aggregates;
    }

    /** Destroys the keys of everyone's data in one aggregate (its retention ended); returns their subjects. */
    public List<String> destroyAllIn(String aggregateId) {
        var subjects = jdbc.sql("""
                        UPDATE subject_key SET wrapped_key = NULL, erased_at = ? WHERE aggregate_id = ? AND erased_at IS NULL
                        RETURNING subject_id""")
                .params(Timestamp.from(clock.instant()), aggregateId)
                .query(String.class).list();
        forget("@" + aggregateId);
        return subjects;
    }

    private void forget(String scopePart) {
        current.asMap().keySet().removeIf(scope -> scope.startsWith(scopePart) || scope.endsWith(scopePart));
        byId.invalidateAll();
    }

    private Object[] newKeyRow(String subjectId, String aggregateId) {
        try {
            var keyId = UUID.randomUUID();
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return new Object[] {keyId, subjectId, aggregateId, wrap(keyId, generator.generateKey()),
                    Timestamp.from(clock.instant())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] wrap(UUID keyId, SecretKey key) throws GeneralSecurityException {
        var iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, master.wrapping(), new GCMParameterSpec(128, iv));
        cipher.updateAAD(keyId.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        var sealed = cipher.doFinal(key.getEncoded());
        var wrapped = new byte[IV_LENGTH + sealed.length];
        System.arraycopy(iv, 0, wrapped, 0, IV_LENGTH);
        System.arraycopy(sealed, 0, wrapped, IV_LENGTH, sealed.length);
        return wrapped;
    }

    private SecretKey unwrap(UUID keyId, byte[] wrapped) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master.wrapping(), new GCMParameterSpec(128, wrapped, 0, IV_LENGTH));
            cipher.updateAAD(keyId.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new SecretKeySpec(cipher.doFinal(wrapped, IV_LENGTH, wrapped.length - IV_LENGTH), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a data subject's key does not open with the master key: is "
                    + "CASEBOOK_MASTER_KEY the one the data was written with?", e);
        }
    }
}
