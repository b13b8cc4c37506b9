package de.casebook.domain.network.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdmitMemberCommand(@TargetAggregateIdentifier String networkId, String municipality) {
}
