package de.casebook.app.readmodel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models are built: events per transaction while they keep up and while they are
 * rebuilt, and how long a request that changed a case waits for them to show its change.
 */
@ConfigurationProperties("casebook.read-models")
public record ReadModelProperties(
        @DefaultValue("200") int batchSize,
        @DefaultValue("2000") int rebuildBatchSize,
        @DefaultValue("PT5S") Duration readYourWritesTimeout) {
}
