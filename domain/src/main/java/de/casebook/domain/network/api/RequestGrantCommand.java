package de.casebook.domain.network.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestGrantCommand(
        @TargetAggregateIdentifier String networkId,
        String grantId,
        String municipality,
        String title,
        LocalDate measureStart,
        BigDecimal amountEur,
        List<String> targetGroups) {
}
