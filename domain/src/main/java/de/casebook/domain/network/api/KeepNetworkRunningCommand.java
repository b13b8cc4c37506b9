package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record KeepNetworkRunningCommand(@TargetAggregateIdentifier String networkId, String reason) {
}
