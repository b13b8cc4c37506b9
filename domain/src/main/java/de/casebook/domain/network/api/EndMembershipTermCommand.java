package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndMembershipTermCommand(@TargetAggregateIdentifier String networkId, String municipality) {
}
