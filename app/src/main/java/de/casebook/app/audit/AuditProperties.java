package de.casebook.app.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where signed digests of the hash chain go and how often.
 *
 * @param directory     the digests ({@code digests/}) and, unless {@code signingKey} is given, the
 *                      generated signing key; keep copies of the digests elsewhere
 * @param digestInterval a digest is written this long after the previous one, when there are new events
 * @param signingKey    the Ed25519 private key (PKCS#8, Base64) that signs the digests
 */
@ConfigurationProperties("casebook.audit")
public record AuditProperties(Path directory, Duration digestInterval, String signingKey) {

    public AuditProperties {
        directory = directory == null ? Path.of("data", "audit") : directory;
        digestInterval = digestInterval == null ? Duration.ofMinutes(10) : digestInterval;
        signingKey = signingKey == null || signingKey.isBlank() ? null : signingKey.strip();
    }

    Path digests() {
        return directory.resolve("digests");
    }
}
