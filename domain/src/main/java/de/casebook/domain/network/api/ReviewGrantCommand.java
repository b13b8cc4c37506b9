package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReviewGrantCommand(
        @TargetAggregateIdentifier String networkId,
        String grantId,
        boolean recommendApproval,
        String comment) {
}
