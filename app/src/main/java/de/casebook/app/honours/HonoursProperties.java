package de.casebook.app.honours;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Honours per municipality: the award kinds it gives, and its prize calls (categories) with their
 * deadline, jury (user names) and quorum (votes in favour needed for a recommendation).
 */
@ConfigurationProperties("casebook.honours")
public record HonoursProperties(
        @DefaultValue("P21D") String statementDeadline,
        @DefaultValue("28") int informationLinkDays,
        Map<String, Municipality> municipalities) {

    public record Municipality(List<String> awardKinds, Map<String, Call> calls) {
    }

    public record Call(LocalDate deadline, List<String> jury, int quorum) {
    }

    public Map<String, Municipality> municipalities() {
        return municipalities == null ? Map.of() : municipalities;
    }
}
