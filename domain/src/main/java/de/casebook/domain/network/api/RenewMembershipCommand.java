package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenewMembershipCommand(@TargetAggregateIdentifier String networkId, String municipality) {
}
