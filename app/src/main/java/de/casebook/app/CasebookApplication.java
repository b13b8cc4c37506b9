package de.casebook.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "de.casebook")
@ConfigurationPropertiesScan("de.casebook.app")
public class CasebookApplication {

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(CasebookApplication.class, args);
    }

    /** Axon phones home for updates; this machine may have no way out, and a town hall should not. */
    static void disableAxonUpdateChecker() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
