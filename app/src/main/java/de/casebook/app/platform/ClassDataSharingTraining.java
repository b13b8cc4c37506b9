package de.casebook.app.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The build's training start for the class data sharing archive (app/pom.xml): once the application
 * is ready (every class a start needs is loaded), it closes the context, which stops the embedded
 * database, and ends the JVM, which writes the archive. Spring's own {@code spring.context.exit}
 * exits in the middle of the refresh, without closing the context, and so left the training
 * database running after every build.
 */
@Component
@ConditionalOnProperty("casebook.class-data-sharing-training")
class ClassDataSharingTraining {

    @EventListener(ApplicationReadyEvent.class)
    void exitOnceReady(ApplicationReadyEvent ready) {
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
