package de.casebook.domain.network.api;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveGrantCommand(
        @TargetAggregateIdentifier String networkId,
        String grantId,
        BigDecimal approvedAmountEur,
        int instalments,
        String reason) {
}
