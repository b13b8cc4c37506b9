package de.casebook.app.card;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Volunteer card settings. Each municipality names the programs it takes part in and may choose
 * validity and required years within each program's range; residence is checked by postal code.
 */
@ConfigurationProperties("casebook.card")
public record CardProperties(
        @DefaultValue("28") int confirmationLinkDays,
        @DefaultValue("90") int expiryReminderDays,
        @DefaultValue("90") int renewalWindowDays,
        Map<String, Municipality> municipalities) {

    public record Municipality(List<String> programs, Integer validityYears, Integer requiredYears,
                               List<String> postalCodes) {
    }

    public Map<String, Municipality> municipalities() {
        return municipalities == null ? Map.of() : municipalities;
    }
}
