package de.casebook.app.network;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for new networks (domain.md, section 4: KEB rules of Baden-Württemberg, NRW's named
 * contact person and signed declaration). {@code membershipTermYears} absent means memberships
 * without a term.
 */
@ConfigurationProperties("casebook.network")
public record NetworkProperties(
        @DefaultValue("2") int meetingsPerYear,
        @DefaultValue("3000") BigDecimal grantMaxPerRequest,
        @DefaultValue("2") int grantMaxRequestsPerYear,
        @DefaultValue("3000") BigDecimal grantMaxTotalPerYear,
        @DefaultValue("28") int grantMinDaysBeforeStart,
        @DefaultValue("true") boolean grantSameYear,
        @DefaultValue({"contact-person", "declaration-signed"}) List<String> membershipPrerequisites,
        Integer membershipTermYears) {
}
