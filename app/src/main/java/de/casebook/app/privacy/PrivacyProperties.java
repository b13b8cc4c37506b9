package de.casebook.app.privacy;

import java.nio.file.Path;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How personal data is protected and how long it is kept.
 *
 * @param masterKey          the key (32 bytes, Base64) that encrypts every data subject's keys
 * @param masterKeyFile      where a generated master key is kept when none is configured and
 *                           {@code generateMasterKey} allows it (the demo profile)
 * @param generateMasterKey  whether a missing master key may be generated (never in production)
 * @param retention          per case type (qualification, card-application, nomination, network): how long
 *                           after a case ended its personal data is kept
 */
@ConfigurationProperties("casebook.privacy")
public record PrivacyProperties(String masterKey, Path masterKeyFile, boolean generateMasterKey,
                                Map<String, Period> retention) {

    public PrivacyProperties {
        masterKey = masterKey == null || masterKey.isBlank() ? null : masterKey.strip();
        masterKeyFile = masterKeyFile == null ? Path.of("data", "master-key") : masterKeyFile;
        retention = retention == null ? Map.of() : Map.copyOf(retention);
    }
}
