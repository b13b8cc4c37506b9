package de.casebook.app.audit;

import de.casebook.app.platform.SecretFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs digests with Ed25519. The key comes from {@code casebook.audit.signing-key}; without one, a
 * key is generated once into the audit directory. Auditors keep the public key with the digests: a
 * digest signed by another key does not verify.
 */
@Component
class DigestSigner {

    static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(DigestSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    DigestSigner(AuditProperties properties) {
        var keys = properties.signingKey() != null ? fromBase64(properties.signingKey())
                : fromFile(properties.directory().resolve("signing-key"));
        this.privateKey = keys.getPrivate();
        this.publicKey = keys.getPublic();
    }

    byte[] sign(byte[] content) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing a digest failed", e);
        }
    }

    boolean verifies(byte[] content, byte[] signatureBytes) {
        return verifies(publicKey, content, signatureBytes);
    }

    static boolean verifies(PublicKey key, byte[] content, byte[] signatureBytes) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private static KeyPair fromBase64(String pkcs8) {
        try {
            var factory = KeyFactory.getInstance(ALGORITHM);
            var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
            return new KeyPair(derivePublic(privateKey), privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("casebook.audit.signing-key is not an Ed25519 private key (PKCS#8, Base64)", e);
        }
    }

    /** The JDK's Ed25519 private key encoding (PKCS#8 v2) may carry the public key; ours derives it by signing. */
    private static PublicKey derivePublic(PrivateKey privateKey) throws GeneralSecurityException {
        var encoded = privateKey.getEncoded();
        // RFC 8410: the 32-byte seed is the last 32 bytes of the PKCS#8 structure without public key
        var seed = java.util.Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        var generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(new java.security.spec.NamedParameterSpec(ALGORITHM), new FixedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    private static KeyPair fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                var lines = Files.readAllLines(file);
                var factory = KeyFactory.getInstance(ALGORITHM);
                var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
                var publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1))));
                return new KeyPair(publicKey, privateKey);
            }
            var keys = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            SecretFiles.writeOwnerOnly(file, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                    + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n");
            log.info("Generated the digest signing key in {}", file.toAbsolutePath());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the digest signing key " + file, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("the digest signing key in " + file + " is unreadable", e);
        }
    }

    /** Hands the key generator a given seed, so that a private key's public key can be derived. */
    private static final class FixedRandom extends java.security.SecureRandom {
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
