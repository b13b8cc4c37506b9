package de.casebook.domain.network.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record EndingProposalDeclinedEvent(String networkId, String reason) {
}
