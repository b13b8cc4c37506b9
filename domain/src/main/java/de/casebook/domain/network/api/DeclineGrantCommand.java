package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclineGrantCommand(@TargetAggregateIdentifier String networkId, String grantId, String reason) {
}
