package de.casebook.domain.network.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordGrantPaymentCommand(
        @TargetAggregateIdentifier String networkId,
        String grantId,
        BigDecimal amountEur,
        LocalDate paidOn) {
}
