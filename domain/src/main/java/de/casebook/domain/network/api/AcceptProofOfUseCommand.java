package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AcceptProofOfUseCommand(@TargetAggregateIdentifier String networkId, String grantId, String comment) {
}
