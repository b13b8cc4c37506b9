package de.casebook.app.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trainer course (modules, required hours, the longest session) and the trainers who qualified
 * before Casebook, entered in the register at start-up with their accounts.
 */
@ConfigurationProperties("casebook.training")
public record TrainingProperties(
        @DefaultValue({"Rolle und Haltung als Mentorentrainer:in", "Kursdidaktik und Methoden",
                "Praxis im Tandem"}) List<String> modules,
        @DefaultValue("24") BigDecimal requiredHours,
        @DefaultValue("8") BigDecimal maxSessionHours,
        @DefaultValue List<ListedTrainer> listed) {

    /** A trainer qualified before Casebook: the register entry and the account that signs in as them. */
    public record ListedTrainer(String username, String name, String email, String municipality,
                                LocalDate qualifiedSince) {
    }
}
