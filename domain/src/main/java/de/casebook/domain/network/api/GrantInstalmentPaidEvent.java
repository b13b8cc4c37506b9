package de.casebook.domain.network.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record GrantInstalmentPaidEvent(
        String networkId,
        String grantId,
        int instalment,
        BigDecimal amountEur,
        LocalDate paidOn,
        boolean paidInFull) {
}
