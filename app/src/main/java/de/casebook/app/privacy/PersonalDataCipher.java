package de.casebook.app.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts one personal datum (its JSON) with AES-GCM under its data subject's key for the aggregate
 * being written, as {@code pd1:<key id>:<t|o>:<Base64 of IV and ciphertext>} ({@code t}: a text,
 * shown as "[gelöscht]" once the key is destroyed; {@code o}: anything else, then empty).
 */
@Component
public class PersonalDataCipher {

    public static final String ERASED = "[gelöscht]";
    static final String PREFIX = "pd1:";
    private static final int IV_LENGTH = 12;
    private static final int KEY_ID_LENGTH = 36;

    /** A datum read back: its JSON, or nothing because its key was destroyed. */
    public record Opened(byte[] json, boolean textual) {
        public boolean erased() {
            return json == null;
        }
    }

    private final SubjectKeys keys;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(SubjectKeys keys) {
        this.keys = keys;
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The subject id of a person with this identity (name and birth date or e-mail address). */
    public String subjectIdOf(String identity) {
        return keys.subjectIdOf(identity);
    }

    String seal(String identity, byte[] json, boolean textual) {
        var key = keys.currentKey(keys.subjectIdOf(identity), PersonalDataScope.aggregate());
        try {
            var iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(128, iv));
            var kind = textual ? "t" : "o";
            cipher.updateAAD((key.keyId() + kind).getBytes(StandardCharsets.US_ASCII));
            var sealed = cipher.doFinal(json);
            var bytes = new byte[IV_LENGTH + sealed.length];
            System.arraycopy(iv, 0, bytes, 0, IV_LENGTH);
            System.arraycopy(sealed, 0, bytes, IV_LENGTH, sealed.length);
            return PREFIX + key.keyId() + ":" + kind + ":" + Base64.getEncoder().encodeToString(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encrypting personal data failed", e);
        }
    }

    Opened open(String value) {
        var keyId = UUID.fromString(value.substring(PREFIX.length(), PREFIX.length() + KEY_ID_LENGTH));
        var kind = value.substring(PREFIX.length() + KEY_ID_LENGTH + 1, PREFIX.length() + KEY_ID_LENGTH + 2);
        var textual = kind.equals("t");
        var key = keys.key(keyId);
        if (key.isEmpty()) {
            return new Opened(null, textual);
        }
        try {
            var bytes = Base64.getDecoder().decode(value.substring(PREFIX.length() + KEY_ID_LENGTH + 3));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, bytes, 0, IV_LENGTH));
            cipher.updateAAD((keyId + kind).getBytes(StandardCharsets.US_ASCII));
            return new Opened(cipher.doFinal(bytes, IV_LENGTH, bytes.length - IV_LENGTH), textual);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed personal datum does not open with its key " + keyId, e);
        }
    }
}
