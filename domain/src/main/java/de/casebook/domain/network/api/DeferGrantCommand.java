package de.casebook.domain.network.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeferGrantCommand(
        @TargetAggregateIdentifier String networkId,
        String grantId,
        LocalDate followUpOn,
        String reason) {
}
