package de.casebook.domain.network.api;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantApprovedEvent(
        String networkId,
        String grantId,
        String municipality,
        BigDecimal approvedAmountEur,
        int instalments,
        String reason) {
}
