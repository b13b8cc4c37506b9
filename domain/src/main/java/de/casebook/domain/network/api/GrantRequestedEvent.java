package de.casebook.domain.network.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantRequestedEvent(
        String networkId,
        String grantId,
        String municipality,
        String title,
        LocalDate requestedOn,
        LocalDate measureStart,
        BigDecimal amountEur,
        List<String> targetGroups) {
}
