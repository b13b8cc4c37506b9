package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DecideMembershipCommand(
        @TargetAggregateIdentifier String networkId,
        String applicationId,
        boolean admit,
        String reason) {
}
