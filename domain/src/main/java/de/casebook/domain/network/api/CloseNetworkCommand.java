package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseNetworkCommand(@TargetAggregateIdentifier String networkId, String finalReport) {
}
