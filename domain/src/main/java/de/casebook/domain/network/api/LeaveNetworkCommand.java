package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LeaveNetworkCommand(@TargetAggregateIdentifier String networkId, String municipality, String reason) {
}
