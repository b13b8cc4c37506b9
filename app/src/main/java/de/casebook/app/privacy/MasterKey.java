package de.casebook.app.privacy;

import de.casebook.app.platform.SecretFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one key from configuration ({@code CASEBOOK_MASTER_KEY}): it wraps every data subject's key and
 * derives the key that turns a person's identity into their subject id. Lose it and all personal data
 * is lost; keep it apart from the database's backups.
 */
@Component
class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int LENGTH = 32;

    private final SecretKey wrapping;
    private final SecretKey subjectIds;

    MasterKey(PrivacyProperties properties) {
        var bytes = properties.masterKey() != null ? decode(properties.masterKey()) : fromFile(properties);
        this.wrapping = new SecretKeySpec(derive(bytes, "casebook key wrapping"), "AES");
        this.subjectIds = new SecretKeySpec(derive(bytes, "casebook subject ids"), "HmacSHA256");
    }

    SecretKey wrapping() {
        return wrapping;
    }

    /** A person's subject id: a keyed hash of what identifies them, so that it reveals nothing without the master key. */
    String subjectIdOf(String identity) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(subjectIds);
            var hash = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CASEBOOK_MASTER_KEY is not Base64", e);
        }
        if (bytes.length != LENGTH) {
            throw new IllegalStateException("CASEBOOK_MASTER_KEY must be 32 bytes (Base64: 44 characters), not "
                    + bytes.length);
        }
        return bytes;
    }

    private static byte[] fromFile(PrivacyProperties properties) {
        var file = properties.masterKeyFile();
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip());
            }
            if (!properties.generateMasterKey()) {
                throw new IllegalStateException("No master key for personal data: set CASEBOOK_MASTER_KEY to 32 random "
                        + "bytes in Base64 (openssl rand -base64 32) and keep it apart from the database's backups");
            }
            var bytes = new byte[LENGTH];
            new SecureRandom().nextBytes(bytes);
            SecretFiles.writeOwnerOnly(file, Base64.getEncoder().encodeToString(bytes) + "\n");
            log.warn("Generated a master key for personal data into {}: for a demonstration only; production sets "
                    + "CASEBOOK_MASTER_KEY", file.toAbsolutePath());
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the master key " + file, e);
        }
    }
}
