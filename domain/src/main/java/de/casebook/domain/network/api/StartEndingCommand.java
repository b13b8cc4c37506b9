package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartEndingCommand(@TargetAggregateIdentifier String networkId, String reason) {
}
